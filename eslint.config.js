import tseslint from 'typescript-eslint';

/**
 * Process boundaries (architecture.md): shared imports no Node/Electron/DOM module; renderer imports
 * only shared; preload only shared and Electron's renderer-safe part; main and worker only shared and
 * Node; nothing imports another process's folder.
 */
const NODE_BUILTINS = [
  'node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'stream', 'stream/*', 'util',
  'events', 'url', 'http', 'https', 'net', 'zlib', 'buffer', 'process', 'module', 'perf_hooks',
];
const NODE_PACKAGES = ['better-sqlite3', 'exceljs', 'iconv-lite', 'ws'];
const PROCESS_DIRS = {
  main: '**/electron/main/**',
  preload: '**/electron/preload/**',
  worker: '**/electron/worker/**',
  cli: '**/electron/cli/**',
  renderer: '**/renderer/**',
};

function forbid(groups, message) {
  return { group: groups, message };
}

function otherProcesses(self) {
  return Object.entries(PROCESS_DIRS)
    .filter(([name]) => name !== self)
    .map(([name]) => forbid([`**/${name === 'renderer' ? 'renderer' : `electron/${name}`}/**`, `../${name}/**`, `../../${name}/**`], `Do not import another process's folder (${name}); share code through shared/.`));
}

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tests/fixtures/**', 'test-results/**', '.tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Tests poke at untyped wire messages and bad documents on purpose.
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      forbid([...NODE_BUILTINS, ...NODE_PACKAGES, 'electron', 'react', 'react-dom', 'react-dom/*'], 'shared/ is pure: no Node, Electron or DOM modules.'),
      forbid(['**/electron/**', '**/renderer/**', '../electron/**', '../renderer/**', '../../electron/**', '../../renderer/**'], 'shared/ imports nothing from a process folder.'),
    ]),
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'require', 'Buffer', '__dirname'] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict([
      forbid([...NODE_BUILTINS, ...NODE_PACKAGES, 'electron', 'electron/*'], 'The renderer runs in a sandbox: no Node or Electron modules; use window.api.'),
      ...otherProcesses('renderer'),
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      forbid([...NODE_BUILTINS, ...NODE_PACKAGES, 'electron/main'], 'The preload is sandboxed: only shared/ and electron (renderer side).'),
      ...otherProcesses('preload'),
    ]),
  },
  { files: ['electron/main/**/*.ts'], rules: restrict([...otherProcesses('main')]) },
  { files: ['electron/worker/**/*.ts'], rules: restrict([forbid(['electron', 'electron/*'], 'The worker must also run under plain Node: no electron import.'), ...otherProcesses('worker')]) },
  { files: ['electron/cli/**/*.ts'], rules: restrict([forbid(['electron', 'electron/*'], 'The CLI runs under plain Node.'), ...otherProcesses('cli')]) },
);
