import {trimEdges} from '../../text/fold.js'
import type {Block} from '../../core/types.js'
import {phraseCleaner} from '../phrase.js'

const NAME = 'reader-appeal'
const description = 'Reader appeal, newsletter or subscription prompt'
/** Distinct markers a block after a salutation must hold to be taken for the appeal when it speaks to the reader. */
const APPEAL_MARKERS = 2
/** Distinct markers that make a block the appeal on their own (imperatives: `Word abonnee`). */
const STRONG_APPEAL_MARKERS = 3
/** Most blocks of an appeal after its salutation. */
const MAX_APPEAL = 6
/** Most words of a salutation (`Chers lecteurs,`). */
const SALUTATION_WORDS = 6

/**
 * Whether a block reads as the appeal a salutation opens: it holds at least
 * {@link APPEAL_MARKERS} distinct `markers` (`abonn`, `réseaux sociaux`, `donat`) and speaks to
 * the reader (a word of the pack's `address` list: `vous`, `notre`, `you`, `our`), or holds
 * {@link STRONG_APPEAL_MARKERS}. An article paragraph that merely mentions support
 * (`soutenir l'Ukraine`) is not an appeal.
 */
function readsAsAppeal(block: Block, markers: ReadonlySet<string>, address: ReadonlySet<string>): boolean {
  let found = 0
  for (const marker of markers) if (block.lower.includes(marker) && ++found >= STRONG_APPEAL_MARKERS) return true
  if (found < APPEAL_MARKERS) return false
  return block.lower.split(/[^\p{L}\p{N}]+/u).some((word) => address.has(word))
}

/**
 * Reader appeals (`Chers lecteurs,` and the appeal after it), donation, newsletter and
 * subscription prompts, paywall notices. A salutation goes only when an appeal follows it
 * (blocks that speak to the reader and hold several of the pack's `markers`, see
 * {@link readsAsAppeal}, or blocks this rule's phrases took): a letter to readers that is the article stays, and so does an
 * article paragraph that follows a salutation.
 */
export const readerAppeal = phraseCleaner(
  {
    name: NAME,
    description,
    category: 'promo',
    summary: 'reader appeals (a salutation and the appeal after it), donation, newsletter and subscription prompts, paywall notices',
    example: '`Chers lecteurs,` + `Notre site web et nos comptes…`, `Cet article est réservé aux abonnés`',
    stage: 'line',
    data: {
      description,
      lists: {
        salutations: {description: 'Salutations that open an appeal (`Chers lecteurs`, `Dear readers`).'},
        markers: {description: 'Words of an appeal (`soutenir`, `don`, `support`).'},
        address: {description: 'Words that address the reader (`vous`, `you`).'}
      }
    }
  },
  (context) => {
    const salutations = context.rules.set(NAME, 'salutations')
    const markers = context.rules.set(NAME, 'markers')
    const address = context.rules.set(NAME, 'address')
    if (salutations.size === 0 || markers.size === 0) return
    for (const block of context.blocks) {
      if (context.isRemoved(block) || block.words > SALUTATION_WORDS || !salutations.has(trimEdges(block.lower))) continue
      const appeal: Block[] = []
      // Blocks of the appeal this rule's phrases already took (`Unterstützen Sie unsere Arbeit …`).
      let taken = 0
      for (let index = block.index + 1; index < context.blocks.length && appeal.length + taken < MAX_APPEAL; index++) {
        const next = context.blocks[index]!
        if (context.removedBy(next) === NAME) taken++
        else if (context.isRemoved(next)) continue
        else if (readsAsAppeal(next, markers, address)) appeal.push(next)
        else break
      }
      if (appeal.length === 0 && taken === 0) continue
      context.remove(block, `${description}: salutation opening an appeal`)
      for (const each of appeal) context.remove(each, `${description}: appeal after “${block.text.trim()}”`)
    }
  }
)
