import {trimEdges} from '../text.js'
import type {CleanerSpec} from '../types.js'
import {phraseCleaner} from './phrase.js'

const description = 'Reader appeal, newsletter or subscription prompt'

/**
 * Reader appeals (`Chers lecteurs,` and the appeal after it), donation, newsletter and
 * subscription prompts, paywall notices. A salutation goes only when an appeal follows it
 * (a block holding one of the pack's `markers`): a letter to readers that is the article stays.
 */
export const readerAppeal: CleanerSpec = phraseCleaner('reader-appeal', description, (context) => {
  const salutations = context.rules.set('reader-appeal', 'salutations')
  const markers = context.rules.list('reader-appeal', 'markers')
  if (salutations.size === 0 || markers.length === 0) return
  for (const block of context.blocks) {
    if (context.isRemoved(block) || block.words > 6 || !salutations.has(trimEdges(block.lower))) continue
    const appeal = []
    let next = context.next(block)
    while (next && markers.some((marker) => next!.lower.includes(marker))) {
      appeal.push(next)
      next = context.next(next)
    }
    if (appeal.length === 0) continue
    context.remove(block, 'reader-appeal', `${description}: salutation opening an appeal`)
    for (const each of appeal) context.remove(each, 'reader-appeal', `${description}: appeal after “${block.text.trim()}”`)
  }
})
