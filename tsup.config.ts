import {defineConfig} from 'tsup'

// One copy of the library per format: every entry of a format is built at once, and what they
// share is one chunk file they all import (so `instanceof CleanerError` holds across
// `newsclean` and `newsclean/stream`, and the command and its workers load the library once).
// No source maps: they were two thirds of the tarball, and map to sources it does not ship.
export default defineConfig([
  {
    // ESM keeps its dependencies external (they are ESM-only and installed beside it). The
    // `newsclean` command (src/cli.ts starts with its `#!/usr/bin/env node` line), the worker its
    // pool loads from beside it and the hook that lets `--cleaners` modules import newsclean
    // share the library's chunks.
    entry: {index: 'src/index.ts', stream: 'src/stream.ts', cli: 'src/cli.ts', worker: 'src/cli/worker.ts', 'resolve-hook': 'src/cli/resolve-hook.ts'},
    format: ['esm'],
    splitting: true,
    dts: {entry: {index: 'src/index.ts', stream: 'src/stream.ts'}},
    clean: true,
    target: 'node20',
    platform: 'node'
  },
  {
    // CommonJS bundles the dependencies, so that `require('newsclean')` works on every Node 20
    // release, including those that cannot `require()` an ES module. tsup's code splitting for
    // CommonJS puts the library in one shared chunk that both entries require.
    entry: {index: 'src/index.ts', stream: 'src/stream.ts'},
    format: ['cjs'],
    dts: true,
    splitting: true,
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/]
  }
])
