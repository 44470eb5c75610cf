import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
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

  it('a cleaner plugin after retext-latin removes only its line, though retext-latin joins lines into paragraphs', () => {
    // Single line breaks: parse-latin makes one paragraph of a promo and the article line after it.
    const joined = `Follow us on Telegram\n${p1}\nLeave a Comment\n${p2}`
    const paragraphs = unified()
      .use(retextLatin)
      .parse(joined)
      .children.filter((node) => node.type === 'ParagraphNode')
    expect(toString(paragraphs[0]!)).toBe(`Follow us on Telegram\n${p1}`)
    const processor = unified().use(retextLatin).use(cleaners.commentShare).use(cleaners.socialPromo).use(retextStringify)
    const file = processor.processSync(new VFile(joined))
    expect(String(file)).toBe(`${p1}\n${p2}`)
    expect(file.messages.map((message) => [message.ruleId, message.line])).toEqual([
      ['comment-share', 3],
      ['social-promo', 1]
    ])
    // The preset too, and a spaced page as before.
    expect(String(unified().use(retextLatin).use(retextNewsclean).use(retextStringify).processSync(joined))).toBe(clean(joined).text)
    expect(String(unified().use(retextLatin).use(cleaners.socialPromo).use(retextStringify).processSync(page))).toBe(
      `Breaking news today\n\nby Sara\n\n${p1}\n\n${p2}\n\nAll rights reserved.`
    )
  })

  it('refuses, naming the fix, a tree whose text is no longer the text of the file', () => {
    const garble = () => (tree: Root) => {
      tree.children.pop()
    }
    const processor = unified().use(retextLatin).use(garble).use(cleaners.socialPromo).use(retextStringify)
    expect(() => processor.processSync(page)).toThrow(/the tree's text is not the file's text.*newscleanParse/)
  })

  it('a cleaner before the preset removes its line as one after it does', () => {
    const breaking = defineCleaner({name: 'breaking-banner', test: (block) => block.lower === 'breaking news today' && 'banner'})
    const expected = clean(page, {cleaners: [breaking]})
    for (const processor of [
      unified().use(newscleanParse).use(breaking).use(retextNewsclean).use(retextStringify),
      unified().use(newscleanParse).use(retextNewsclean).use(breaking).use(retextStringify),
      unified()
        .use(newscleanParse)
        .use(retextNewsclean, {cleaners: [breaking]})
        .use(retextStringify)
    ]) {
      const file = processor.processSync(page)
      expect(String(file)).toBe(expected.text)
      expect(String(file)).not.toContain('Breaking news today')
      expect(file.data.newsclean?.removed.map((removal) => removal.rule).sort()).toEqual(expected.removed.map((removal) => removal.rule).sort())
      expect(file.messages.map((message) => message.ruleId).sort()).toEqual(expected.removed.map((removal) => removal.rule).sort())
    }
  })

  it('a custom cleaner made with defineCleaner is a plugin', () => {
    const breaking = defineCleaner({name: 'breaking-banner', test: (block) => block.lower === 'breaking news today'})
    expect(breaking.cleaner.name).toBe('breaking-banner')
    const file = unified().use(newscleanParse).use(breaking).use(retextStringify).processSync(page)
    expect(String(file).startsWith('by Sara')).toBe(true)
    expect(file.messages[0]?.source).toBe('newsclean')
  })
})
