import {toString} from 'nlcst-to-string'
import {describe, expect, it} from 'vitest'
import type {Root} from 'nlcst'
import type {Node} from 'unist'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {clean, newscleanParse, parsePage, retextNewsclean} from '../../src/index.js'

/** Every node with a position: its text must be the input between its offsets. */
function checkPositions(tree: Root, value: string): number {
  let checked = 0
  const walk = (node: Node & {children?: Node[]; value?: string}) => {
    const start = node.position?.start
    const end = node.position?.end
    if (start && end) {
      const text = node.type === 'RootNode' ? value : toString(node as never)
      expect(value.slice(start.offset, end.offset)).toBe(text)
      const lines = value.split(/\r\n|\r|\n/)
      // line/column agree with the offset
      let offset = 0
      const lineStarts: number[] = []
      value.replace(/\r\n|\r|\n/g, (match, index: number) => {
        lineStarts.push(offset)
        offset = index + match.length
        return match
      })
      lineStarts.push(offset)
      expect(lineStarts[start.line - 1]! + start.column - 1).toBe(start.offset)
      expect(lines.length).toBeGreaterThanOrEqual(start.line)
      checked++
    }
    for (const child of node.children ?? []) walk(child as never)
  }
  walk(tree as never)
  return checked
}

describe('parsePage', () => {
  it('makes one paragraph per non-blank line, whatever separates them', () => {
    const value = 'Title\n\nby Sara\nFrance\n\n\nBody text.\n'
    const {tree, blocks} = parsePage(value)
    expect(blocks.map((block) => block.text)).toEqual(['Title', 'by Sara', 'France', 'Body text.'])
    expect(tree.children.filter((node) => node.type === 'ParagraphNode')).toHaveLength(4)
    expect(blocks.map((block) => block.before)).toEqual(['', '\n\n', '\n', '\n\n\n'])
    expect(blocks.map((block) => block.breaks)).toEqual([0, 2, 1, 3])
    expect(blocks.map((block) => block.line)).toEqual([1, 3, 4, 7])
  })

  it('keeps the whole input in the tree, separators included', () => {
    const value = '\n  \nTitle\r\n\r\nBody, with words.\r\n  Indented line  \n\n'
    const {tree} = parsePage(value)
    expect(toString(tree)).toBe(value)
  })

  it('accepts \\r\\n and \\r line ends', () => {
    for (const value of ['One.\r\nTwo.\r\n\r\nThree.', 'One.\rTwo.\r\rThree.']) {
      const {blocks} = parsePage(value)
      expect(blocks.map((block) => block.text)).toEqual(['One.', 'Two.', 'Three.'])
      expect(blocks.map((block) => block.breaks)).toEqual([0, 1, 2])
      expect(blocks.map((block) => block.line)).toEqual([1, 2, 4])
    }
  })

  it('gives every node an exact position', () => {
    const value =
      'Réunion à Wiesbaden\n\nL’URSS a été, début 1944, à la rencontre des Américains. Le 2 juin, l’opération a débuté !\r\nby Sara\n\n  «\u00a0Nous ne partirons pas\u00a0», a-t-il dit.\n'
    const {tree} = parsePage(value)
    expect(checkPositions(tree, value)).toBeGreaterThan(40)
  })

  it('gives exact positions on a line too long to tokenise at once', () => {
    const sentence = 'Les bombardiers américains ont utilisé des aérodromes soviétiques pendant l’été 1944. '
    const value = `Titre\n\n${sentence.repeat(300)}\nFin.`
    const {tree, blocks} = parsePage(value)
    expect(blocks).toHaveLength(3)
    expect(toString(blocks[1]!.node)).toBe(blocks[1]!.text)
    expect(checkPositions(tree, value)).toBeGreaterThan(1000)
  })

  it('tokenises paragraphs on demand, into ordinary properties', () => {
    const {tree, blocks} = parsePage('Un mot. Deux mots !\n\nTrois.')
    const paragraph = blocks[0]!.node
    expect(paragraph.children.map((node) => node.type)).toEqual(['SentenceNode', 'WhiteSpaceNode', 'SentenceNode'])
    expect(paragraph.children).toBe(paragraph.children)
    const copy = JSON.parse(JSON.stringify(tree)) as typeof tree
    expect(toString(copy)).toBe('Un mot. Deux mots !\n\nTrois.')
    blocks[1]!.node.children = []
    expect(blocks[1]!.node.children).toEqual([])
  })

  it('folds lines for matching', () => {
    const {blocks} = parsePage('Suivez\u00a0Russia  Beyond sur Telegram\u202f!\nL’Armée — rouge\u200b')
    expect(blocks[0]!.lower).toBe('suivez russia beyond sur telegram !')
    expect(blocks[1]!.lower).toBe("l'armée - rouge")
    expect(blocks[0]!.words).toBe(6)
  })

  it('folds NFD and NFC alike', () => {
    const nfd = 'Réunion à Wiesbaden'.normalize('NFD')
    expect(parsePage(nfd).blocks[0]!.lower).toBe('réunion à wiesbaden')
  })

  it('gives no blocks for empty or blank text', () => {
    expect(parsePage('').blocks).toEqual([])
    expect(parsePage(' \n\t\n\u00a0').blocks).toEqual([])
  })
})

describe('the tree of wrapped text and of Markdown', () => {
  const markdown =
    '[Skip to content](#main)\n\n* [Home](/)\n* [News](/news)\n\n# Fire in the harbour\n\nA fire broke out in the harbour on Monday, the fire brigade said, and spread to two\nships moored at the quay before it was put out by the crews of three engines.\n'
  const wrapped = [
    'The council met on Monday to discuss the plan for the new',
    'harbour bridge, which has been delayed for three years by',
    'disputes over funding. The mayor said the city would',
    'press ahead with the work regardless.',
    'Home',
    'News',
    'The contractor, a firm from the north of the country, has',
    'said it will start in the spring, weather permitting, and',
    'finish the work within eighteen months of the start.'
  ].join('\n')

  it.each([
    ['Markdown', markdown],
    ['wrapped text', wrapped]
  ])('%s: one paragraph per block, positions exact over its lines, and the preset gives what clean() gives', async (_, text) => {
    const {tree, blocks} = parsePage(text)
    const paragraphs = tree.children.filter((node) => node.type === 'ParagraphNode')
    expect(paragraphs).toHaveLength(blocks.length)
    for (const [index, node] of paragraphs.entries()) {
      const block = blocks[index]!
      expect(node.position?.start).toEqual({line: block.line, column: 1, offset: block.start})
      expect(node.position?.end.line).toBe(block.endLine)
      expect(text.slice(node.position!.start.offset, node.position!.end.offset)).toBe(block.source)
    }
    const file = await unified().use(newscleanParse).use(retextNewsclean).use(retextStringify).process(text)
    const result = clean(text)
    expect(String(file)).toBe(result.text)
    expect(file.messages.map((message) => message.ruleId)).toEqual(result.removed.map((removal) => removal.rule))
  })
})
