import {VFile} from 'vfile'
import {describe, expect, it, vi} from 'vitest'
import {clean, createCleaner} from '../../src/index.js'

const para1 = 'Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des données personnelles des utilisateurs.'
const para2 = 'Selon le ministre, le texte doit être examiné par le Parlement avant la fin de l’année, malgré les réserves de plusieurs associations.'
const promo = 'Suivez-nous sur Telegram : https://t.me/exemple'

describe('clean: text in, text out', () => {
  it('keeps lines verbatim and in order, and removes boilerplate', () => {
    const result = clean(`${para1}\n\n${promo}\n\n${para2}`)
    expect(result.text).toBe(`${para1}\n\n${para2}`)
    expect(result.removed).toEqual([
      expect.objectContaining({rule: 'social-promo', text: promo, line: 3, start: para1.length + 2, end: para1.length + 2 + promo.length})
    ])
  })

  it('keeps the separator with the most line breaks between two kept lines', () => {
    expect(clean(`${para1}\n${promo}\n\n${para2}`).text).toBe(`${para1}\n\n${para2}`)
    expect(clean(`${para1}\n${promo}\n${para2}`).text).toBe(`${para1}\n${para2}`)
    expect(clean(`${para1}\r\n\r\n${promo}\r\n${para2}`).text).toBe(`${para1}\r\n\r\n${para2}`)
  })

  it('never glues two lines together', () => {
    const result = clean(`${para1}\n${promo}\n${para2}`)
    expect(result.text.split('\n')).toEqual([para1, para2])
  })

  it('drops leading and trailing blank lines and boilerplate', () => {
    expect(clean(`\n\n${promo}\n\n${para1}\n\n${para2}\n\nTous droits réservés\n\n`).text).toBe(`${para1}\n\n${para2}`)
  })

  it('keeps white space inside kept lines, and odd characters', () => {
    const odd = '  Indented\u00a0line with a tab\tand a NUL\u0000 and é (NFD: e\u0301)  '
    expect(clean(`${para1}\n\n${odd}\n\n${para2}`).text).toBe(`${para1}\n\n${odd}\n\n${para2}`)
  })

  it('is idempotent', () => {
    const page = `Accueil Actualité\n\nTitre du jour\n\nPar Jean Dupont\nPolitique\n\n${para1}\n${promo}\n\n${para2}\n\nPartager\n\nÀ ne pas manquer\n\nUn autre titre\n\nEncore un autre titre`
    const once = clean(page)
    expect(once.removed.length).toBeGreaterThan(4)
    expect(clean(once.text).text).toBe(once.text)
  })

  it('gives an empty result for empty or blank input', () => {
    for (const value of ['', '   ', '\n\n\r\n', '\u00a0\t']) {
      const result = clean(value)
      expect(result.text).toBe('')
      expect(result.removed).toEqual([])
      expect(result.language).toBe('und')
    }
  })

  it('throws a TypeError naming what came when the input is not a string', () => {
    expect(() => clean(42 as unknown as string)).toThrow(TypeError)
    expect(() => clean(42 as unknown as string)).toThrow(/expected the page text as a string, got a number \(42\)/)
    expect(() => clean(null as unknown as string)).toThrow(/got null/)
    expect(() => clean(Buffer.from('x') as unknown as string)).toThrow(/got an instance of Buffer/)
  })

  it('reports every removal as a VFile message', () => {
    const result = clean(`${para1}\n\n${promo}\n\n${para2}\n\nTous droits réservés`)
    expect(result.file.messages.map((message) => [message.source, message.ruleId, message.line])).toEqual([
      ['newsclean', 'social-promo', 3],
      ['newsclean', 'rights-notice', 7]
    ])
    expect(result.file.messages[0]!.reason).toMatch(/promo/)
    expect(result.file.messages[0]!.place).toEqual({
      start: {line: 3, column: 1, offset: para1.length + 2},
      end: {line: 3, column: promo.length + 1, offset: para1.length + 2 + promo.length}
    })
    expect(result.file.data.newsclean?.removed).toEqual(result.removed)
  })

  it('makes the VFile and its messages when result.file is first read (a million removals cost no messages unread)', () => {
    const made = vi.spyOn(VFile.prototype, 'message')
    try {
      const result = clean(`${para1}\n\n${promo}\n\n${para2}\n\nTous droits réservés`)
      expect(result.removed).toHaveLength(2)
      expect(made).not.toHaveBeenCalled()
      expect(result.file.messages).toHaveLength(2)
      expect(result.file.messages).toHaveLength(2)
      expect(made).toHaveBeenCalledTimes(2)
      // The messages carry no stack trace of newsclean's internals.
      expect(result.file.messages[0]!.stack ?? '').not.toMatch(/output\.ts|clean\.ts/)
    } finally {
      made.mockRestore()
    }
  })

  it('is deterministic and keeps no state between pages', () => {
    const cleaner = createCleaner()
    const page = `${para1}\n\n${promo}\n\n${para2}`
    const first = cleaner.clean(page)
    cleaner.clean('Completely different page.\n\nWith other lines, in English this time, and longer than forty characters.')
    const again = cleaner.clean(page)
    expect(again.text).toBe(first.text)
    expect(again.removed).toEqual(first.removed)
    expect(again.file).not.toBe(first.file)
  })
})

describe('language detection', () => {
  it('detects French and English from the prose, not from a promo', () => {
    expect(clean(`Follow us on Telegram\n\n${para1}\n\n${para2}`).language).toBe('fr')
    const english = 'The government on Wednesday presented a bill that would strengthen the protection of personal data.'
    expect(clean(`Suivez-nous sur Telegram\n\n${english}`).language).toBe('en')
  })

  it('answers und under the minimum length, and still applies universal and English rules', () => {
    const result = clean('Short line\n\nLeave a Comment')
    expect(result.language).toBe('und')
    expect(result.text).toBe('Short line')
  })
})

describe('metadata', () => {
  it('takes the first kept line as title when it reads as a headline', () => {
    expect(clean(`Un titre sans point final\n\n${para1}`).metadata.title).toBe('Un titre sans point final')
    expect(clean(`${para1}\n\n${para2}`).metadata.title).toBeUndefined()
  })

  it('keeps a title that is repeated later in the text', () => {
    const title = 'La réforme des retraites adoptée'
    const result = clean(`${title}\n\n${para1}\n\n${title}\n\n${para2}`)
    expect(result.text.startsWith(`${title}\n\n${para1}`)).toBe(true)
    expect(result.metadata.title).toBe(title)
  })
})
