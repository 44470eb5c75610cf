import {phraseCleaner} from '../phrase.js'

/**
 * Prompts to click a picture to see more: `Click on the image to enlarge`, `Cliquez sur la photo
 * pour voir la galerie`, `Clique na imagem acima e veja…`, `Click to see…` (the pack's
 * `click-prompt` patterns). Printed under a picture or in a promo box, they mean nothing in text.
 * `Click here to…` is left alone: articles tell readers where to find a report so.
 */
export const clickPrompt = phraseCleaner({
  name: 'click-prompt',
  description: 'Prompt to click to see more',
  category: 'prompt',
  stage: 'line',
  summary: 'prompts to click a picture, photo, gallery or map to see more',
  example: "`Click on the image to enlarge`, `Cliquez sur la photo pour l'agrandir`"
})
