// Builds every bundle: main, preload and worker (CommonJS, what Electron loads), the CLI (ESM), and the renderer (Vite).
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import fs from 'node:fs';

const only = process.argv[2];
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
  // import() of a package becomes require(): CommonJS inside Electron's asar, no ESM loader involved.
  supported: { 'dynamic-import': false },
};

const bundles = {
  main: { entryPoints: ['electron/main/index.ts'], outfile: 'dist/main.cjs', format: 'cjs', external: ['electron'] },
  // A sandboxed preload can require only electron: everything else is bundled in.
  preload: { entryPoints: ['electron/preload/index.ts'], outfile: 'dist/preload.cjs', format: 'cjs', packages: 'bundle', external: ['electron'] },
  worker: { entryPoints: ['electron/worker/index.ts'], outfile: 'dist/worker.cjs', format: 'cjs' },
  cli: {
    entryPoints: ['electron/cli/index.ts'],
    outfile: 'dist/cli.js',
    format: 'esm',
    supported: {},
    banner: { js: '#!/usr/bin/env node' },
  },
};

fs.mkdirSync('dist', { recursive: true });
for (const [name, options] of Object.entries(bundles)) {
  if (only && only !== name) continue;
  await build({ ...common, ...options });
}
if (!only || only === 'renderer') await viteBuild({ logLevel: 'warn' });
fs.chmodSync('dist/cli.js', 0o755);
console.log('build: dist/main.cjs dist/preload.cjs dist/worker.cjs dist/cli.js dist/renderer/');
