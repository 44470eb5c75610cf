/**
 * The concept table: the catalogue (`src/language/concepts.json`) names a rule for every
 * concept, the packs give every phrase under a concept, and the move of the packs' phrases to
 * concepts lost none (`phrases-before-concepts.json` holds every phrase and list item of the
 * packs before, by pack, section and key).
 */
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {builtinCleaners, packSchema} from '../../src/cleaners/index.js'
import {packEntries} from '../../src/language/compile.js'
import {CONCEPT_SOURCES, CONCEPTS} from '../../src/language/concepts.js'
import {languagePacks, universalPack} from '../../src/language/packs/index.js'
import {VOCABULARY, type LanguagePack} from '../../src/language/schema.js'
import {fold, trimEdges} from '../../src/text/fold.js'

const packs: LanguagePack[] = [universalPack, ...languagePacks.values()]
const codes = new Set(packs.map((pack) => pack.code))

/** Phrases and list items of the packs before the concept table: pack → section → key → items. */
const before = JSON.parse(readFileSync(path.join(import.meta.dirname, 'phrases-before-concepts.json'), 'utf8')) as Record<
  string,
  Record<string, Record<string, string[]>>
>

/**
 * Phrases that changed rule when they got their concept, by the section they left, the section
 * they joined and the concept. Each rule of a pair is a line rule of a category that ends the
 * article (`promo`, `prompt`, `notice`, `interface`): the line goes as before, under the name
 * of the rule the concept belongs to.
 */
const MOVES: ReadonlyArray<{from: string; to: string; concept: string; why: string}> = [
  {from: 'cookie-banner', to: 'rights-notice', concept: 'privacy-links', why: 'a link to the cookie policy is a footer link, not a banner'},
  {from: 'reader-appeal', to: 'interface-text', concept: 'login-register', why: 'account links (`Anmelden`, `Registrati`) are the interface'},
  {from: 'comment-share', to: 'interface-text', concept: 'listen-article', why: 'the audio player is the interface'},
  {from: 'comment-share', to: 'interface-text', concept: 'save-for-later', why: 'bookmarks go as the interface, as French `Lire plus tard` did'},
  {from: 'interface-text', to: 'click-prompt', concept: 'click-to-enlarge', why: '`Agrandir`, `Vergrößern`: a prompt to enlarge a picture'},
  {from: 'interface-text', to: 'ad-label', concept: 'ad-continue', why: 'English `Skip advertisement` was in both rules: one rule per phrase'}
]

/** Phrases dropped from the packs on purpose, in every pack: section, key, the phrases, and why. */
const DROPPED: ReadonlyArray<{section: string; key: string; phrases: readonly string[]; why: string}> = [
  {
    section: 'reader-appeal',
    key: 'patterns',
    phrases: ['^(?:votre|saisissez votre) (?:adresse )?e-?mail\\b'],
    why: 'narrowed (`(?! ne sera)`): `Votre adresse e-mail ne sera pas publiée.` is the comment form’s notice, comment-share’s'
  },
  {
    section: 'image-credit',
    key: 'starts',
    phrases: [
      'photo',
      'photos',
      'image',
      'images',
      'picture',
      'pictures',
      'photograph',
      'photographie',
      'illustration',
      'foto',
      'fotos',
      'bild',
      'bilder',
      'grafik',
      'imagen',
      'imágenes',
      'fotografía',
      'fotografías',
      'ilustración',
      'immagine',
      'immagini',
      'fotografia',
      'illustrazione',
      'imagem',
      'ilustração',
      'beeld',
      'beelden',
      'afbeelding',
      'illustratie',
      'fotografie'
    ],
    why: 'a picture word and a colon also open article lines (`Photo : un document exceptionnel`); each pack’s image-credit patterns take `Photo : AFP` and leave a determiner or a question word after the colon'
  }
]

describe('the concept catalogue', () => {
  const rules = new Map(builtinCleaners.map((spec) => [spec.name, spec]))

  it('names for every concept a rule that reads pack data, or a vocabulary entry, and says what its lines are', () => {
    for (const [id, concept] of Object.entries(CONCEPTS)) {
      expect(id, id).toMatch(/^[a-z][a-z-]{1,40}$/)
      expect(rules.has(concept.rule), `${id}: rule ${concept.rule}`).toBe(true)
      if (concept.vocabulary) expect(Object.hasOwn(VOCABULARY, concept.vocabulary), `${id}: vocabulary ${concept.vocabulary}`).toBe(true)
      else expect(rules.get(concept.rule)!.data, `${id}: rule ${concept.rule} reads no pack data`).toBeDefined()
      expect(concept.description.length, id).toBeGreaterThan(15)
    }
  })

  it('gives a reason for every language a concept does not apply to', () => {
    for (const [id, concept] of Object.entries(CONCEPTS)) {
      for (const [code, reason] of Object.entries(concept.notApplicable ?? {})) {
        expect(codes.has(code), `${id}: ${code}`).toBe(true)
        expect(reason.length, `${id}: ${code}`).toBeGreaterThan(15)
      }
    }
  })

  it('knows every source the packs name', () => {
    for (const pack of packs) {
      for (const [id, data] of Object.entries(pack.concepts ?? {})) {
        for (const source of data.sources ?? []) {
          if (!source.startsWith('site:')) expect(Object.hasOwn(CONCEPT_SOURCES, source), `${pack.code} ${id}: source ${source}`).toBe(true)
        }
      }
    }
  })
})

describe('the concept table', () => {
  for (const pack of languagePacks.values()) {
    it(`has an entry for every concept in '${pack.code}', or the reason it does not apply`, () => {
      const missing = Object.keys(CONCEPTS).filter((id) => !pack.concepts?.[id] && !CONCEPTS[id]!.notApplicable?.[pack.code])
      expect(missing).toEqual([])
    })
  }

  it('gives no concept both an entry and a reason it does not apply', () => {
    for (const pack of packs) {
      for (const id of Object.keys(pack.concepts ?? {})) expect(CONCEPTS[id]?.notApplicable?.[pack.code], `${pack.code} ${id}`).toBeUndefined()
    }
  })

  it('gives every whole-line phrase of a pack to one rule', () => {
    /** Rules that read phrases to find a structure, and remove no line for its phrase alone. */
    const readers = new Set(['comment-thread', 'comment-section', 'author-bio', 'press-footer'])
    const lineKeys = ['lines', 'weakLines', 'headings', 'buttons']
    for (const pack of packs) {
      const owner = new Map<string, string>()
      const twice: string[] = []
      for (const [id, data] of Object.entries(pack.concepts ?? {})) {
        const concept = CONCEPTS[id]!
        const section = concept.vocabulary ?? concept.rule
        if (readers.has(section)) continue
        for (const key of lineKeys) {
          for (const phrase of (data[key] as string[] | undefined) ?? []) {
            const folded = trimEdges(fold(phrase))
            const other = owner.get(folded)
            if (other !== undefined && other !== section) twice.push(`${folded}: ${other} and ${section}`)
            owner.set(folded, section)
          }
        }
      }
      expect(twice, pack.code).toEqual([])
    }
  })
})

describe('the packs’ phrases', () => {
  it('are all under concepts: no rule and no vocabulary entry that concepts feed holds phrases of its own', () => {
    const fed = new Set(Object.values(CONCEPTS).flatMap((concept) => (concept.vocabulary ? [concept.vocabulary] : [])))
    for (const pack of packs) {
      for (const [name, data] of Object.entries(pack.rules)) {
        for (const key of ['lines', 'weakLines', 'starts', 'patterns']) expect(data[key], `${pack.code} rule ${name}.${key}`).toBeUndefined()
      }
      for (const name of fed) {
        for (const key of ['lines', 'weakLines', 'starts', 'patterns'])
          expect(pack.vocabulary?.[name]?.[key], `${pack.code} vocabulary ${name}.${key}`).toBeUndefined()
      }
    }
  })

  it('lost none in the move to concepts: every phrase and list item is still in its pack, in its section unless moved with its concept', () => {
    const lost: string[] = []
    for (const pack of packs) {
      /** Item → the sections and concepts that hold it now. */
      const now = new Map<string, Array<{section: string; concepts: string[]}>>()
      for (const entry of packEntries(pack, packSchema)) {
        for (const [key, value] of Object.entries(entry.data)) {
          if (!Array.isArray(value)) continue
          for (const item of value) {
            const places = now.get(`${key}\u0000${item}`) ?? []
            places.push({section: entry.name, concepts: entry.concepts})
            now.set(`${key}\u0000${item}`, places)
          }
        }
      }
      for (const [section, keys] of Object.entries(before[pack.code] ?? {})) {
        for (const [key, items] of Object.entries(keys)) {
          for (const item of items) {
            if (DROPPED.some((drop) => drop.section === section && drop.key === key && drop.phrases.includes(item))) continue
            const places = now.get(`${key}\u0000${item}`) ?? []
            const kept = places.some(
              (place) =>
                place.section === section || MOVES.some((move) => move.from === section && move.to === place.section && place.concepts.includes(move.concept))
            )
            if (!kept)
              lost.push(`${pack.code} ${section}.${key}: ${item}${places.length ? ` (now in ${places.map((place) => place.section).join(', ')})` : ''}`)
          }
        }
      }
    }
    expect(lost).toEqual([])
  })
})
