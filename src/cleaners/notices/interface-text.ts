import {phraseCleaner} from '../phrase.js'

/**
 * Text of the page's interface that an extractor kept: gallery counters and buttons
 * (`Image 1 of 8`, `1 / 8`, `Back to Gallery`, `Close`, `Diaporama`), player and script notices
 * (`This slideshow requires JavaScript.`, `Media playback is unsupported on your device`),
 * shortcodes and markup left in the text (`[button link=…]…[/button]`).
 */
export const interfaceText = phraseCleaner({
  name: 'interface-text',
  description: 'Interface text',
  category: 'interface',
  stage: 'line',
  summary: "words of the page's interface: gallery counters and buttons, player and script notices, shortcodes",
  example: '`Image 1 of 8`, `1 / 8`, `Back to Gallery`, `Diaporama`, `This slideshow requires JavaScript.`'
})
