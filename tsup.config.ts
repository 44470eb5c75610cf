import {defineConfig} from 'tsup'

// ESM keeps its dependencies external (they are ESM-only and installed beside it).
// CommonJS bundles them, so that `require('newsclean')` works on every Node 20 release,
// including those that cannot `require()` an ES module.
export default defineConfig([
  {
    entry: {index: 'src/index.ts', stream: 'src/stream.ts'},
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    platform: 'node'
  },
  {
    entry: {index: 'src/index.ts', stream: 'src/stream.ts'},
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: [/.*/]
  },
  {
    // The `newsclean` command (src/cli.ts starts with its `#!/usr/bin/env node` line) and the
    // worker its pool loads from beside it. ESM, dependencies external like the library's.
    entry: {cli: 'src/cli.ts', worker: 'src/cli/worker.ts'},
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node'
  }
])
