// Makes sure better_sqlite3.node is built for the runtime about to load it (Node for tests, the CLI
// and the benchmark; Electron for `start` and `package`), checking the ABI of the binary itself
// rather than trusting a marker file. Usage: node scripts/ensure-native.mjs node|electron
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { binaryAbi } from './native-abi.mjs';

const require = createRequire(import.meta.url);
const target = process.argv[2] ?? 'node';
const root = path.dirname(require.resolve('better-sqlite3/package.json'));
const binary = path.join(root, 'build', 'Release', 'better_sqlite3.node');

function run(command, env = {}, cwd = process.cwd()) {
  console.log(`ensure-native: ${command}`);
  execSync(command, { stdio: 'inherit', cwd, env: { ...process.env, ...env } });
}

function electronTarget() {
  const dir = path.dirname(require.resolve('electron/package.json'));
  const abiFile = path.join(dir, 'abi_version');
  return {
    version: require('electron/package.json').version,
    abi: fs.existsSync(abiFile) ? Number(fs.readFileSync(abiFile, 'utf8').trim()) : null,
  };
}

function ensure(wanted, label, rebuild) {
  const current = binaryAbi(binary);
  if (current === wanted) {
    console.log(`ensure-native: better-sqlite3 is built for ${label} (ABI ${wanted})`);
    return;
  }
  console.log(`ensure-native: binary ABI ${current ?? 'none'}, ${label} needs ${wanted}: rebuilding`);
  rebuild();
  const after = binaryAbi(binary);
  if (after !== wanted) {
    console.error(`ensure-native: better-sqlite3 is still ABI ${after}, ${label} needs ${wanted}. ` +
      (label.startsWith('Electron') ? 'Building for Electron needs internet (headers or a prebuilt binary).' : 'Is a C++ toolchain installed?'));
    process.exit(1);
  }
  console.log(`ensure-native: better_sqlite3.node ABI is now ${after}`);
}

if (target === 'node') {
  // npm rebuild uses npm's own node-gyp against the running Node's headers.
  ensure(Number(process.versions.modules), `Node ${process.version}`, () => run('npm rebuild better-sqlite3'));
} else if (target === 'electron') {
  const { version, abi } = electronTarget();
  ensure(abi, `Electron ${version}`, () => {
    try {
      run(`npx --no-install prebuild-install --runtime=electron --target=${version} --verbose`, {}, root);
    } catch {
      run('npm rebuild better-sqlite3', {
        npm_config_runtime: 'electron',
        npm_config_target: version,
        npm_config_disturl: 'https://electronjs.org/headers',
      });
    }
  });
} else {
  console.error('usage: ensure-native node|electron');
  process.exit(2);
}
