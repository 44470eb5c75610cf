/**
 * The built-in language packs: one line per language. Adding a language is adding its JSON
 * data file beside this module, one line here, its fixtures and its tests (see
 * `docs/architecture.md`, "How to add a language").
 */
export {default as en} from './en.json' with {type: 'json'}
export {default as fr} from './fr.json' with {type: 'json'}
export {default as de} from './de.json' with {type: 'json'}
export {default as es} from './es.json' with {type: 'json'}
export {default as it} from './it.json' with {type: 'json'}
export {default as pt} from './pt.json' with {type: 'json'}
export {default as nl} from './nl.json' with {type: 'json'}
