/**
 * Every built-in cleaner as its own unified plugin, for use in a retext pipeline after
 * `newscleanParse` (or any parser that makes one paragraph per line).
 */
import * as specs from '../cleaners/index.js'
import {defineCleaner} from './define.js'

/** Social-media promos. */
export const socialPromo = defineCleaner(specs.socialPromo)
/** Cookie banners. */
export const cookieBanner = defineCleaner(specs.cookieBanner)
/** Prompts to click a picture. */
export const clickPrompt = defineCleaner(specs.clickPrompt)
/** Rights notices. */
export const rightsNotice = defineCleaner(specs.rightsNotice)
/** Reader appeals, newsletter and subscription prompts. */
export const readerAppeal = defineCleaner(specs.readerAppeal)
/** Comment and share prompts. */
export const commentShare = defineCleaner(specs.commentShare)
/** Reader comment sections after the article. */
export const commentSection = defineCleaner(specs.commentSection)
/** Reader comment threads without a heading, found from their furniture. */
export const commentThread = defineCleaner(specs.commentThread)
/** Contributor credits and reporters' contact lines. */
export const contributorCredit = defineCleaner(specs.contributorCredit)
/** Teasers of other articles between separator lines at the foot of the page. */
export const teaserList = defineCleaner(specs.teaserList)
/** Listings of other articles: author, date and a teaser paragraph, repeated. */
export const storyList = defineCleaner(specs.storyList)
/** Lists of excerpts cut off by an ellipsis. */
export const excerptList = defineCleaner(specs.excerptList)
/** Boxes of links headed by a pointer (`» …`) at the foot of the page. */
export const boxList = defineCleaner(specs.boxList)
/** Author bios at the foot of the article. */
export const authorBio = defineCleaner(specs.authorBio)
/** Advertising labels. */
export const adLabel = defineCleaner(specs.adLabel)
/** Interface text: gallery counters, buttons, player notices, shortcodes. */
export const interfaceText = defineCleaner(specs.interfaceText)
/** Image credits. */
export const imageCredit = defineCleaner(specs.imageCredit)
/** Repeated captions and credits. */
export const repeatedLine = defineCleaner(specs.repeatedLine)
/** Later copies of a line printed earlier on the page. */
export const duplicateLine = defineCleaner(specs.duplicateLine)
/** The foot of a press release: company profile, end mark, media contacts. */
export const pressFooter = defineCleaner(specs.pressFooter)
/** Short lines among removed lines after the article. */
export const tailContext = defineCleaner(specs.tailContext)
/** Breadcrumbs. */
export const breadcrumb = defineCleaner(specs.breadcrumb)
/** Bylines. */
export const byline = defineCleaner(specs.byline)
/** Reading-time and date stamps. */
export const timestamp = defineCleaner(specs.timestamp)
/** Category labels. */
export const categoryLabel = defineCleaner(specs.categoryLabel)
/** Tag lists. */
export const tagList = defineCleaner(specs.tagList)
/** Source lines. */
export const sourceLine = defineCleaner(specs.sourceLine)
/** Image captions (sentence-case languages). */
export const imageCaption = defineCleaner(specs.imageCaption)
/** Lines the site prints on most of its pages (with a site profile). */
export const siteProfile = defineCleaner(specs.siteProfile)
/** Related content. */
export const relatedContent = defineCleaner(specs.relatedContent)
/** Page frame: the page around the article, on whole-page text. */
export const pageFrame = defineCleaner(specs.pageFrame)
/** Menus and link lists. */
export const linkList = defineCleaner(specs.linkList)
/** Markdown: in-page navigation links (`[Skip to content](#main)`). */
export const skipLink = defineCleaner(specs.skipLink)
/** Markdown: rows of share links. */
export const shareLinks = defineCleaner(specs.shareLinks)
/** Markdown: tracking pixels and spacers. */
export const trackingPixel = defineCleaner(specs.trackingPixel)
/** Markdown: rows of badges and icons. */
export const badgeRow = defineCleaner(specs.badgeRow)
/** Markdown: blocks of links (menus, link-only lists and rows). */
export const linkBlock = defineCleaner(specs.linkBlock)
