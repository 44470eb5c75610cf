/**
 * The registry of built-in cleaners, in running order. The order follows from what each
 * cleaner declares ({@link orderCleaners}: stages, then `after` categories); the list below
 * is that order, and a test fails when it is not. The packs are checked here, once, against
 * the data the cleaners declare and the shared vocabulary.
 *
 * - `line`: phrase rules and the rules that read a line and its neighbours.
 * - `section`: runs of lines: related lists, comment threads, listings, excerpts, boxes, bios.
 * - `frame`: the page frame (whole pages), found once, on the page as the rules above leave it.
 * - `page`: what must see the frame first (copies, press feet, menus).
 * - `leftover`: short lines left among removed ones after the article.
 */
import {orderCleaners} from '../core/order.js'
import {CONCEPTS} from '../language/concepts.js'
import {universalPack, languagePacks} from '../language/packs/index.js'
import {assertPack, VOCABULARY, type PackSchema, type SectionSchema} from '../language/schema.js'
import type {BuiltinCleaner} from './spec.js'
import {adLabel} from './notices/ad-label.js'
import {badgeRow} from './markdown/badge-row.js'
import {linkBlock} from './markdown/link-block.js'
import {shareLinks} from './markdown/share-links.js'
import {skipLink} from './markdown/skip-link.js'
import {trackingPixel} from './markdown/tracking-pixel.js'
import {authorBio} from './sections/author-bio.js'
import {boxList} from './sections/box-list.js'
import {breadcrumb} from './metadata/breadcrumb.js'
import {byline} from './metadata/byline.js'
import {categoryLabel} from './metadata/category-label.js'
import {clickPrompt} from './notices/click-prompt.js'
import {commentSection} from './sections/comment-section.js'
import {commentShare} from './notices/comment-share.js'
import {commentThread} from './sections/comment-thread.js'
import {contributorCredit} from './metadata/contributor-credit.js'
import {cookieBanner} from './notices/cookie-banner.js'
import {duplicateLine} from './page/duplicate-line.js'
import {excerptList} from './sections/excerpt-list.js'
import {imageCaption} from './pictures/image-caption.js'
import {imageCredit} from './pictures/image-credit.js'
import {interfaceText} from './notices/interface-text.js'
import {linkList} from './page/link-list.js'
import {pageFrame} from './page/page-frame.js'
import {pressFooter} from './sections/press-footer.js'
import {readerAppeal} from './notices/reader-appeal.js'
import {relatedContent} from './sections/related-content.js'
import {repeatedLine} from './pictures/repeated-line.js'
import {rightsNotice} from './notices/rights-notice.js'
import {socialPromo} from './notices/social-promo.js'
import {siteProfile} from './site/site-profile.js'
import {sourceLine} from './metadata/source-line.js'
import {storyList} from './sections/story-list.js'
import {tagList} from './metadata/tag-list.js'
import {tailContext} from './page/tail-context.js'
import {teaserList} from './sections/teaser-list.js'
import {timestamp} from './metadata/timestamp.js'

export {
  adLabel,
  authorBio,
  badgeRow,
  linkBlock,
  shareLinks,
  skipLink,
  trackingPixel,
  boxList,
  breadcrumb,
  byline,
  categoryLabel,
  clickPrompt,
  commentSection,
  commentShare,
  commentThread,
  contributorCredit,
  cookieBanner,
  duplicateLine,
  excerptList,
  imageCaption,
  imageCredit,
  interfaceText,
  linkList,
  pageFrame,
  pressFooter,
  readerAppeal,
  relatedContent,
  repeatedLine,
  rightsNotice,
  siteProfile,
  socialPromo,
  sourceLine,
  storyList,
  tagList,
  tailContext,
  teaserList,
  timestamp
}

/** Every built-in cleaner, in running order. */
export const builtinCleaners: readonly BuiltinCleaner[] = [
  skipLink,
  shareLinks,
  trackingPixel,
  badgeRow,
  socialPromo,
  cookieBanner,
  imageCredit,
  rightsNotice,
  readerAppeal,
  commentShare,
  adLabel,
  interfaceText,
  clickPrompt,
  repeatedLine,
  breadcrumb,
  byline,
  contributorCredit,
  timestamp,
  categoryLabel,
  tagList,
  sourceLine,
  imageCaption,
  siteProfile,
  relatedContent,
  linkBlock,
  commentSection,
  commentThread,
  teaserList,
  storyList,
  excerptList,
  boxList,
  authorBio,
  pageFrame,
  duplicateLine,
  pressFooter,
  linkList,
  tailContext
]

/** What the packs may hold: the shared vocabulary, the data each built-in cleaner reads, and the concepts. */
export const packSchema: PackSchema = {
  vocabulary: VOCABULARY,
  concepts: CONCEPTS,
  rules: Object.fromEntries(builtinCleaners.filter((spec) => spec.data).map((spec): [string, SectionSchema] => [spec.name, spec.data!]))
}

for (const pack of [universalPack, ...languagePacks.values()]) assertPack(pack, packSchema)

/** Whether the list above is the running order its declarations give (a test checks it). */
export function listedInOrder(): boolean {
  const ordered = orderCleaners(builtinCleaners)
  return ordered.every((spec, position) => spec === builtinCleaners[position])
}
