/**
 * The built-in cleaners, in the order they run. Phrase rules first, then the rules that look
 * at neighbours, related content (its run of headlines is judged on what is left), the lists of
 * repeated items (comment threads, listings, excerpts, sidebar boxes), then the rules that need
 * no phrase list: the page frame (on whole pages), link lists and menus. Click prompts come
 * after the page frame: the frame is found once, with them in place, so that removing a
 * sidebar's prompts (which read as prose) does not move the end of the article.
 */
import type {CleanerSpec} from '../types.js'
import {adLabel} from './ad-label.js'
import {authorBio} from './author-bio.js'
import {boxList} from './box-list.js'
import {breadcrumb} from './breadcrumb.js'
import {byline} from './byline.js'
import {categoryLabel} from './category-label.js'
import {clickPrompt} from './click-prompt.js'
import {commentSection} from './comment-section.js'
import {commentShare} from './comment-share.js'
import {commentThread} from './comment-thread.js'
import {contributorCredit} from './contributor-credit.js'
import {cookieBanner} from './cookie-banner.js'
import {duplicateLine} from './duplicate-line.js'
import {excerptList} from './excerpt-list.js'
import {imageCaption} from './image-caption.js'
import {imageCredit} from './image-credit.js'
import {interfaceText} from './interface-text.js'
import {linkList} from './link-list.js'
import {pageFrame} from './page-frame.js'
import {pressFooter} from './press-footer.js'
import {readerAppeal} from './reader-appeal.js'
import {relatedContent} from './related-content.js'
import {repeatedLine} from './repeated-line.js'
import {rightsNotice} from './rights-notice.js'
import {socialPromo} from './social-promo.js'
import {sourceLine} from './source-line.js'
import {storyList} from './story-list.js'
import {tagList} from './tag-list.js'
import {tailContext} from './tail-context.js'
import {teaserList} from './teaser-list.js'
import {timestamp} from './timestamp.js'

export {
  adLabel,
  authorBio,
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
  socialPromo,
  sourceLine,
  storyList,
  tagList,
  tailContext,
  teaserList,
  timestamp
}

/** Every built-in cleaner, in running order. */
export const builtinCleaners: readonly CleanerSpec[] = [
  socialPromo,
  cookieBanner,
  imageCredit,
  rightsNotice,
  readerAppeal,
  commentShare,
  adLabel,
  interfaceText,
  repeatedLine,
  breadcrumb,
  byline,
  contributorCredit,
  timestamp,
  categoryLabel,
  tagList,
  sourceLine,
  imageCaption,
  relatedContent,
  commentSection,
  commentThread,
  teaserList,
  storyList,
  excerptList,
  boxList,
  authorBio,
  pageFrame,
  clickPrompt,
  duplicateLine,
  pressFooter,
  linkList,
  tailContext
]
