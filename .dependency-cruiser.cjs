/**
 * The layers of src/ and what each may import (see docs/architecture.md). Checked by
 * `npm run lint` (dependency-cruiser): a cycle, or an import against the flow, fails CI.
 *
 *   text → core → language → profile → analysis → cleaners → api → unified → cli
 *
 * A layer imports only layers on its left, except that analysis/ and cleaners/ do not import
 * profile/ either: cleaners read a site profile through the page (`context.site`). Cleaners
 * never import one another (they meet only through the page: its removals, categories and
 * facts).
 */
const layer = (name) => `^src/${name}/`

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {name: 'no-circular', severity: 'error', comment: 'Modules import one another in a circle.', from: {}, to: {circular: true}},
    {
      name: 'text-is-a-leaf',
      severity: 'error',
      comment: 'text/ folds and shapes lines: it knows nothing else of newsclean.',
      from: {path: layer('text')},
      to: {path: '^src/', pathNot: layer('text')}
    },
    {
      name: 'core-knows-no-rule-heuristic-or-language',
      severity: 'error',
      comment: 'core/ runs cleaners on a page: no cleaner, heuristic, language or front door in it.',
      from: {path: layer('core')},
      to: {path: [layer('language'), layer('profile'), layer('analysis'), layer('cleaners'), layer('api'), layer('unified'), layer('cli')]}
    },
    {
      name: 'language-below-analysis',
      severity: 'error',
      comment: 'language/ is data and its compiler: it reads no page facts and knows no cleaner.',
      from: {path: layer('language')},
      to: {path: [layer('profile'), layer('analysis'), layer('cleaners'), layer('api'), layer('unified'), layer('cli')]}
    },
    {
      name: 'profile-knows-no-page-fact-or-cleaner',
      severity: 'error',
      comment: 'profile/ counts lines across pages: it knows folding, the packs and the contract, no page fact, cleaner or front door.',
      from: {path: layer('profile')},
      to: {path: [layer('analysis'), layer('cleaners'), layer('api'), layer('unified'), layer('cli')]}
    },
    {
      name: 'rules-read-profiles-through-the-page',
      severity: 'error',
      comment: 'analysis/ and cleaners/ read a site profile through the page (context.site), never profile/ itself.',
      from: {path: [layer('analysis'), layer('cleaners')]},
      to: {path: layer('profile')}
    },
    {
      name: 'analysis-knows-no-cleaner',
      severity: 'error',
      comment: 'analysis/ computes page facts; cleaners use them, never the other way.',
      from: {path: layer('analysis')},
      to: {path: [layer('cleaners'), layer('api'), layer('unified'), layer('cli')]}
    },
    {
      name: 'cleaners-below-the-front-door',
      severity: 'error',
      comment: 'cleaners/ are rules: they know no option, entry point or command.',
      from: {path: layer('cleaners')},
      to: {path: [layer('api'), layer('unified'), layer('cli')]}
    },
    {
      name: 'cleaners-never-import-one-another',
      severity: 'error',
      comment: 'A cleaner meets others only through the page. Shared helpers: cleaners/phrase.ts, cleaners/spec.ts.',
      from: {path: '^src/cleaners/[^/]+/'},
      to: {path: '^src/cleaners/[^/]+/'}
    },
    {
      name: 'api-below-unified-and-cli',
      severity: 'error',
      comment: 'api/ is the library: it needs no unified plugin and no command line.',
      from: {path: layer('api')},
      to: {path: [layer('unified'), layer('cli')]}
    },
    {
      name: 'unified-below-cli',
      severity: 'error',
      comment: 'unified/ plugins know no command line.',
      from: {path: layer('unified')},
      to: {path: layer('cli')}
    },
    {
      name: 'only-entry-points-import-entry-points',
      severity: 'error',
      comment: 'src/index.ts, src/stream.ts and src/cli.ts are entry points: nothing imports them.',
      from: {path: '^src/'},
      to: {path: '^src/(?:index|stream|cli)\\.ts$'}
    }
  ],
  options: {
    doNotFollow: {path: 'node_modules'},
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {extensions: ['.ts', '.js', '.json']}
  }
}
