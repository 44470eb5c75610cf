import retextLatin from 'retext-latin'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {clean, cleaners, defineCleaner, newscleanParse, retextNewsclean, ruleNames} from '../../src/index.js'

const p1 = 'The government on Wednesday presented a bill that would strengthen the protection of personal data for users of online services.'
const p2 = 'According to the minister, the text is expected to be debated in parliament before the end of the year, despite concerns.'
const page = `Breaking news today\n\nby Sara\n\n${p1}\n\nFollow us on Telegram\n\n${p2}\n\nAll rights reserved.`

describe('unified plugins', () => {
  it('the parser makes an NLCST root with one paragraph per line', () => {
    const tree = unified().use(newscleanParse).parse('One line.\nTwo line.\n\nThree.')
    expect(tree.type).toBe('RootNode')
    expect(tree.children.map((node) => node.type)).toEqual(['ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode', 'WhiteSpaceNode', 'ParagraphNode'])
  })

  it('the preset cleans in a plain unified pipeline, with the same result as clean()', async () => {
    const file = await unified().use(newscleanParse).use(retextNewsclean).use(retextStringify).process(page)
    const expected = clean(page)
    expect(String(file)).toBe(expected.text)
    expect(file.messages.map((message) => message.ruleId)).toEqual(expected.removed.map((removal) => removal.rule))
    expect(file.data.newsclean?.metadata).toEqual(expected.metadata)
    expect(file.data.newsclean?.language).toBe('en')
  })

  it('the preset takes options', () => {
    const processor = unified()
      .use(newscleanParse)
      .use(retextNewsclean, {disable: ['byline']})
      .use(retextStringify)
    expect(String(processor.processSync(page))).toContain('by Sara')
  })

  it('each built-in cleaner is its own plugin', () => {
    const processor = unified().use(newscleanParse).use(cleaners.socialPromo).use(cleaners.rightsNotice).use(retextStringify)
    const file = processor.processSync(page)
    expect(String(file)).toBe(`Breaking news today\n\nby Sara\n\n${p1}\n\n${p2}`)
    expect(file.messages.map((message) => message.ruleId)).toEqual(['social-promo', 'rights-notice'])
  })

  it('every built-in rule is a plugin of its own', () => {
    expect(
      Object.values(cleaners)
        .map((plugin) => plugin.cleaner.name)
        .sort()
    ).toEqual([...ruleNames].sort())
  })

  it('a cleaner plugin works after retext-latin too (one paragraph per line)', () => {
    const file = new VFile(page)
    const processor = unified().use(retextLatin).use(cleaners.commentShare).use(cleaners.socialPromo).use(retextStringify)
    const result = processor.processSync(file)
    expect(String(result)).not.toContain('Follow us on Telegram')
    expect(String(result)).toContain(p1)
  })

  it('a custom cleaner made with defineCleaner is a plugin', () => {
    const breaking = defineCleaner({name: 'breaking-banner', test: (block) => block.lower === 'breaking news today'})
    expect(breaking.cleaner.name).toBe('breaking-banner')
    const file = unified().use(newscleanParse).use(breaking).use(retextStringify).processSync(page)
    expect(String(file).startsWith('by Sara')).toBe(true)
    expect(file.messages[0]?.source).toBe('newsclean')
  })
})
