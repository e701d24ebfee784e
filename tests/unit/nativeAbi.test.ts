import { createRequire } from 'node:module';
import path from 'node:path';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/worker.js';
// @ts-expect-error a plain .mjs script without types
import { binaryAbi } from '../../scripts/native-abi.mjs';

const require = createRequire(import.meta.url);

describe('binaryAbi: the ABI read from the binary itself', () => {
  it('the installed better-sqlite3 is built for the Node running the tests', () => {
    const binary = path.join(path.dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
    expect(binaryAbi(binary)).toBe(Number(process.versions.modules));
  });

  it('reads other ABIs and reports a missing binary', () => {
    const file = path.join(tempDir(), 'fake.node');
    fs.writeFileSync(file, Buffer.concat([Buffer.alloc(64), Buffer.from('node_register_module_v145\0'), Buffer.alloc(64)]));
    expect(binaryAbi(file)).toBe(145);
    expect(binaryAbi(path.join(tempDir(), 'none.node'))).toBeNull();
  });
});
