import { listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers/worker.js';

const exec = promisify(execFile);
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges'];

let out: string;
let unpacked: string;

/**
 * A stand-in for the Electron binary (none can be downloaded here): a script carrying the fuse
 * sentinel with Electron's default fuse wire, so electron-builder's real fuse flipping runs on it.
 */
function standInElectron(dir: string): void {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(`#!/bin/sh\necho stand-in\n# ${SENTINEL}`), Buffer.from([1, 8]), Buffer.from('10110001'), Buffer.from('\n')]);
  fs.writeFileSync(path.join(dir, 'electron'), wire, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'version'), '41.7.1');
  fs.writeFileSync(path.join(dir, 'LICENSE'), '');
  fs.writeFileSync(path.join(dir, 'LICENSES.chromium.html'), '');
}

function fuseWire(binary: string): Record<string, boolean> {
  const bytes = fs.readFileSync(binary);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  const length = bytes[at + 1];
  return Object.fromEntries(FUSES.slice(0, length).map((name, i) => [name, bytes[at + 2 + i] === 0x31]));
}

beforeAll(async () => {
  const work = tempDir('rco-pack-');
  const electronDist = path.join(work, 'electron');
  out = path.join(work, 'release');
  standInElectron(electronDist);
  await exec(
    'npx',
    ['--no-install', 'electron-builder', '--dir', '--linux', '--config', 'electron-builder.yml', `-c.electronDist=${electronDist}`, '-c.npmRebuild=false', `-c.directories.output=${out}`],
    { cwd: ROOT, env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }, maxBuffer: 64 * 1024 * 1024 },
  );
  unpacked = path.join(out, 'linux-unpacked');
}, 300_000);

describe('packaging smoke test (electron-builder --dir against a stand-in Electron)', () => {
  it('the asar holds the bundles and only runtime dependencies', () => {
    const files = listPackage(path.join(unpacked, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replace(/\\/g, '/'));
    for (const wanted of ['/dist/main.cjs', '/dist/preload.cjs', '/dist/worker.cjs', '/dist/renderer/index.html', '/package.json', '/node_modules/zod/package.json', '/node_modules/exceljs/package.json']) {
      expect(files).toContain(wanted);
    }
    for (const unwanted of ['/node_modules/react', '/node_modules/react-dom', '/node_modules/vite', '/node_modules/electron', '/node_modules/playwright-core', '/dist/cli.js', '/node_modules/better-sqlite3/src', '/node_modules/better-sqlite3/deps']) {
      expect(files.some((f) => f === unwanted || f.startsWith(`${unwanted}/`)), unwanted).toBe(false);
    }
    expect(files.some((f) => f.endsWith('.map'))).toBe(false);
    const size = fs.statSync(path.join(unpacked, 'resources', 'app.asar')).size;
    console.log(`app.asar: ${(size / 1024 / 1024).toFixed(1)} MB, ${files.length} entries`);
    expect(size).toBeLessThan(40 * 1024 * 1024);
  });

  it('the native module is unpacked next to the asar', () => {
    const native = path.join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(fs.existsSync(native)).toBe(true);
  });

  it('fuses are flipped: RunAsNode, NODE_OPTIONS and inspect off; only load from asar; asar integrity on', () => {
    expect(fuseWire(path.join(unpacked, 'rich-content-oz'))).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});
