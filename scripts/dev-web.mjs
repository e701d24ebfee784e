// `npm run dev:web`: the renderer in your browser against the real controller and worker (no Electron).
import { build } from 'esbuild';
import os from 'node:os';
import path from 'node:path';

const out = path.resolve('.tmp/test-host.mjs');
await build({ entryPoints: ['tests/host/testHost.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: out, logLevel: 'error', define: { __dirname: JSON.stringify(path.resolve('tests/host')) } });
const { startTestHost } = await import(out);
const dbPath = process.env.RCO_DB ?? path.join(os.homedir(), '.rich-content-oz-dev.db');
const host = await startTestHost({ dbPath, port: Number(process.env.PORT ?? 5174) });
console.log(`Rich Content OZ (browser host): ${host.url}\nDB: ${dbPath}\n` +
  'A browser cannot tell the app where a dropped or chosen file lives, so file dialogs answer "cancelled" here:\n' +
  'load the demo catalog from the Catalog screen, or import files and process code lists with `node dist/cli.js --db <the DB above>`.');
