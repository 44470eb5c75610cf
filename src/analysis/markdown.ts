/**
 * Page facts of Markdown input, per block: how much of its text sits inside links (link
 * density), where its links go (the page's own host, a fragment of the page, elsewhere, a share
 * endpoint), its images (image-only blocks, tracking pixels, badges), its heading level, its
 * list and table. Exposed to every cleaner and to the line model as `markdownFacts(context)`.
 * Computed from the blocks' mdast nodes, once per page; `undefined` on text pages.
 */
import type {Nodes} from 'mdast'
import type {Block, MarkdownBlockType, PageView} from '../core/types.js'
import {MARKDOWN} from './defaults.js'

/** Where a link goes. */
export type LinkTarget = 'fragment' | 'internal' | 'external' | 'share' | 'other'

/** Facts of one Markdown block. */
export interface MarkdownBlockFacts {
  /** The block's kind. */
  type: MarkdownBlockType
  /** A heading's level (1 to 6), else 0. */
  depth: number
  /** A list item's list (its number on the page) and the number of items of that list; else undefined. */
  list?: {id: number; item: number; items: number}
  /** A table row's table and row (0: the header); else undefined. */
  table?: {id: number; row: number}
  /** Characters of visible text (white space excluded). */
  chars: number
  /** Of those, characters inside links. */
  linkChars: number
  /** `linkChars / chars` (0 without text). */
  linkDensity: number
  /** Links, and where they go. */
  links: number
  fragmentLinks: number
  internalLinks: number
  externalLinks: number
  shareLinks: number
  /** Images (inline or by reference). */
  images: number
  /** Images inside links. */
  linkedImages: number
  /** Images that look like tracking pixels or spacers. */
  pixels: number
  /** Images that look like badges or icons. */
  badges: number
  /** An image or images and no visible text. */
  imageOnly: boolean
  /** Every visible character inside a link (and at least one link). */
  linkOnly: boolean
}

/** Facts of a Markdown page. */
export interface MarkdownFacts {
  /** The page's own host, as its links tell (the host most absolute links go to), if any. */
  host: string | undefined
  /** Per block index; `undefined` for a block that is not Markdown. */
  blocks: ReadonlyArray<MarkdownBlockFacts | undefined>
  /** The facts of a block. */
  of(block: Block): MarkdownBlockFacts | undefined
}

const KEY = {}

/**
 * The Markdown facts of a page (`undefined` when it is not Markdown).
 *
 * @param context The page.
 * @returns Its facts.
 */
export function markdownFacts(context: PageView): MarkdownFacts | undefined {
  if (context.format !== 'markdown') return undefined
  return context.fact(KEY, computeFacts)
}

function computeFacts(context: PageView): MarkdownFacts {
  const host = ownHost(context.blocks)
  const items = new Map<number, number>()
  for (const block of context.blocks) {
    const list = block.markdown?.list
    if (list) items.set(list.id, (items.get(list.id) ?? 0) + 1)
  }
  const blocks = context.blocks.map((block) => (block.markdown ? blockFacts(block, host, items) : undefined))
  return {host, blocks, of: (block) => blocks[block.index]}
}

/** Host of a URL without `www.` (lower case), or undefined for a relative one. */
export function hostOf(url: string): string | undefined {
  const scheme = url.indexOf('://')
  let rest: string
  if (scheme > 0 && scheme < 12) rest = url.slice(scheme + 3)
  else if (url.startsWith('//')) rest = url.slice(2)
  else return undefined
  let end = 0
  while (end < rest.length && !'/?#:'.includes(rest.charAt(end))) end++
  const host = rest.slice(0, end).toLowerCase()
  const at = host.lastIndexOf('@')
  const bare = at >= 0 ? host.slice(at + 1) : host
  return bare.startsWith('www.') ? bare.slice(4) : bare
}

/** The host most absolute links of the page go to, when it has {@link MARKDOWN.ownHostShare} of them. */
function ownHost(blocks: readonly Block[]): string | undefined {
  const counts = new Map<string, number>()
  let total = 0
  for (const block of blocks) {
    for (const node of block.markdown?.nodes ?? []) {
      walk(node, (child) => {
        if (child.type !== 'link') return
        const host = hostOf(child.url)
        if (!host || shareTarget(child.url)) return
        counts.set(host, (counts.get(host) ?? 0) + 1)
        total++
      })
    }
  }
  let best: string | undefined
  let most = 0
  for (const [host, count] of counts) {
    if (count > most) [best, most] = [host, count]
  }
  return best !== undefined && most >= MARKDOWN.ownHostMin && most >= MARKDOWN.ownHostShare * total ? best : undefined
}

/** Share endpoints of social networks and mail (a link that shares the page). */
const SHARE = [
  'facebook.com/sharer',
  'facebook.com/share.php',
  'facebook.com/dialog/share',
  'twitter.com/intent',
  'twitter.com/share',
  'twitter.com/home?status',
  'x.com/intent',
  'x.com/share',
  'linkedin.com/share',
  'linkedin.com/cws/share',
  'pinterest.com/pin/create',
  'reddit.com/submit',
  'plus.google.com/share',
  'tumblr.com/share',
  'stumbleupon.com/submit',
  'digg.com/submit',
  'del.icio.us/post',
  'delicious.com/save',
  'api.whatsapp.com/send',
  'wa.me/?text',
  'whatsapp://send',
  't.me/share',
  'telegram.me/share',
  'vk.com/share',
  'addthis.com/bookmark',
  'sharethis.com/share'
]

/** Whether a link shares the page (a share endpoint, or `mailto:` with a subject). */
export function shareTarget(url: string): boolean {
  const lower = url.toLowerCase()
  if (lower.startsWith('mailto:')) return lower.includes('subject=') || lower.includes('body=')
  return SHARE.some((endpoint) => lower.includes(endpoint))
}

function targetOf(url: string, host: string | undefined): LinkTarget {
  if (url.startsWith('#')) return 'fragment'
  if (shareTarget(url)) return 'share'
  const other = hostOf(url)
  if (other === undefined) {
    const colon = url.indexOf(':')
    const slash = url.indexOf('/')
    // `mailto:`, `javascript:`, `tel:`… (a scheme before any slash).
    if (colon > 0 && (slash < 0 || colon < slash)) return 'other'
    return 'internal'
  }
  if (host !== undefined && (other === host || other.endsWith(`.${host}`) || host.endsWith(`.${other}`))) return 'internal'
  return 'external'
}

/** Image URLs that are tracking pixels or spacers. */
const PIXEL = [
  'pixel',
  'beacon',
  'spacer',
  'blank.gif',
  'clear.gif',
  'clearpixel',
  '1x1',
  'transparent.gif',
  'track',
  '/b/ss/',
  'doubleclick',
  'analytics',
  'imrworldwide',
  'scorecardresearch',
  'quantserve',
  'feedburner.com/~r',
  'feeds.feedburner.com/~ff'
]

/** Image URLs and alt texts of badges and icons. */
const BADGE = ['badge', 'shields.io', 'icon', 'logo', 'button', 'sprite', 'rss', 'feed-', 'share', 'social']

function pixel(url: string, alt: string): boolean {
  const lower = url.toLowerCase()
  return alt.trim() === '' && PIXEL.some((part) => lower.includes(part))
}

function badge(url: string, alt: string): boolean {
  const lower = `${url} ${alt}`.toLowerCase()
  return BADGE.some((part) => lower.includes(part))
}

function blockFacts(block: Block, host: string | undefined, items: ReadonlyMap<number, number>): MarkdownBlockFacts {
  const markdown = block.markdown!
  const facts: MarkdownBlockFacts = {
    type: markdown.type,
    depth: markdown.depth ?? 0,
    chars: 0,
    linkChars: 0,
    linkDensity: 0,
    links: 0,
    fragmentLinks: 0,
    internalLinks: 0,
    externalLinks: 0,
    shareLinks: 0,
    images: 0,
    linkedImages: 0,
    pixels: 0,
    badges: 0,
    imageOnly: false,
    linkOnly: false
  }
  if (markdown.list) facts.list = {id: markdown.list.id, item: markdown.list.item, items: items.get(markdown.list.id) ?? 1}
  if (markdown.table) facts.table = {...markdown.table}
  // Iteratively: a block's nodes may nest deep.
  const stack: Array<[Nodes, boolean]> = markdown.nodes.map((node): [Nodes, boolean] => [node, false])
  while (stack.length > 0) {
    const [node, inLink] = stack.pop()!
    switch (node.type) {
      case 'text':
      case 'inlineCode':
      case 'code': {
        const chars = visibleChars(node.value)
        facts.chars += chars
        if (inLink) facts.linkChars += chars
        break
      }
      case 'html':
        // Block HTML counts by its text (below).
        break
      case 'image':
        facts.images++
        if (inLink) facts.linkedImages++
        if (pixel(node.url, node.alt ?? '')) facts.pixels++
        else if (badge(node.url, node.alt ?? '')) facts.badges++
        break
      case 'imageReference':
        facts.images++
        if (inLink) facts.linkedImages++
        break
      case 'link': {
        facts.links++
        const target = targetOf(node.url, host)
        if (target === 'fragment') facts.fragmentLinks++
        else if (target === 'internal') facts.internalLinks++
        else if (target === 'external') facts.externalLinks++
        else if (target === 'share') facts.shareLinks++
        for (const child of node.children) stack.push([child, true])
        break
      }
      case 'linkReference':
        facts.links++
        facts.internalLinks++
        for (const child of node.children) stack.push([child, true])
        break
      default:
        if ('children' in node) for (const child of node.children) stack.push([child, inLink])
    }
  }
  // Block HTML: its text (as cleaners read it) counts, outside links.
  if (markdown.type === 'html') facts.chars = visibleChars(block.text)
  facts.linkDensity = facts.chars === 0 ? 0 : facts.linkChars / facts.chars
  facts.imageOnly = facts.images > 0 && facts.chars === 0
  facts.linkOnly = facts.links > 0 && facts.chars > 0 && facts.linkChars === facts.chars
  return facts
}

/** Characters that are not white space. */
function visibleChars(value: string): number {
  let chars = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (!(code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0)) chars++
  }
  return chars
}

/** Visit a node and its descendants, parents first (iteratively). */
function walk(tree: Nodes, visit: (node: Nodes) => void): void {
  const stack: Nodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    visit(node)
    if ('children' in node) for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!)
  }
}

/**
 * Share of a Markdown block's visible characters inside links (0 for text, HTML and a block
 * without text): what page statistics read as a block of links.
 *
 * @param block A block.
 * @returns The share, 0 to 1.
 */
export function linkShare(block: Block): number {
  const markdown = block.markdown
  if (!markdown || markdown.type === 'html' || markdown.type === 'code') return 0
  let chars = 0
  let linked = 0
  const stack: Array<[Nodes, boolean]> = markdown.nodes.map((node): [Nodes, boolean] => [node, false])
  while (stack.length > 0) {
    const [node, inLink] = stack.pop()!
    if (node.type === 'text' || node.type === 'inlineCode') {
      const count = visibleChars(node.value)
      chars += count
      if (inLink) linked += count
    } else if (node.type === 'image' || node.type === 'imageReference' || node.type === 'definition') continue
    else if ('children' in node) {
      const link = inLink || node.type === 'link' || node.type === 'linkReference'
      for (const child of node.children) stack.push([child, link])
    }
  }
  return chars === 0 ? 0 : linked / chars
}
