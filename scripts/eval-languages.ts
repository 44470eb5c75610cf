// Language detection measured: `npm run eval:languages` prints the table (Markdown).
// The corpus adds English paragraphs when it is there (NEWSCLEAN_CORPUS or ../shared/corpora/…).
import {detectionReport} from './lib/detection.js'

console.log(detectionReport())
