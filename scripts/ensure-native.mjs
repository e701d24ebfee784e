// Makes sure better_sqlite3.node is built for the runtime about to load it, by reading the ABI of the
// binary itself (the exported node_register_module_v<ABI> symbol), not a marker file.
// Usage: node scripts/ensure-native.mjs node|electron
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const target = process.argv[2] ?? 'node';
const root = path.dirname(require.resolve('better-sqlite3/package.json'));
const binary = path.join(root, 'build', 'Release', 'better_sqlite3.node');

/** ABI from the binary: ELF/Mach-O/PE symbol tables all carry the name as plain bytes. */
export function binaryAbi(file) {
  if (!fs.existsSync(file)) return null;
  const match = /node_register_module_v(\d+)/.exec(fs.readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}

function electronTarget() {
  const electronPkg = require('electron/package.json');
  const abiFile = path.join(path.dirname(require.resolve('electron/package.json')), 'abi_version');
  const abi = fs.existsSync(abiFile) ? Number(fs.readFileSync(abiFile, 'utf8').trim()) : null;
  return { version: electronPkg.version, abi };
}

function run(cmd, args) {
  console.log(`ensure-native: ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, shell: process.platform === 'win32' });
}

const current = binaryAbi(binary);
if (target === 'node') {
  const wanted = Number(process.versions.modules);
  if (current === wanted) {
    console.log(`ensure-native: better-sqlite3 is built for Node (ABI ${wanted})`);
  } else {
    console.log(`ensure-native: binary ABI ${current ?? 'none'}, Node needs ${wanted}: rebuilding for Node`);
    run('npx', ['--no-install', 'node-gyp', 'rebuild', '--release']);
  }
} else if (target === 'electron') {
  const { version, abi } = electronTarget();
  if (abi !== null && current === abi) {
    console.log(`ensure-native: better-sqlite3 is built for Electron ${version} (ABI ${abi})`);
  } else {
    console.log(`ensure-native: binary ABI ${current ?? 'none'}, Electron ${version} needs ${abi}: rebuilding`);
    try {
      run('npx', ['--no-install', 'prebuild-install', '--runtime=electron', `--target=${version}`, '--verbose']);
    } catch {
      run('npx', ['--no-install', 'node-gyp', 'rebuild', '--release', `--target=${version}`,
        '--dist-url=https://electronjs.org/headers']);
    }
  }
  if (binaryAbi(binary) !== abi) {
    console.error(`ensure-native: could not build better-sqlite3 for Electron ABI ${abi} (needs internet for Electron headers)`);
    process.exit(1);
  }
} else {
  console.error('usage: ensure-native node|electron');
  process.exit(2);
}
const after = binaryAbi(binary);
console.log(`ensure-native: better_sqlite3.node ABI is now ${after}`);
