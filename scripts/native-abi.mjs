// The ABI a native Node addon was built for, read from the binary itself: ELF, Mach-O and PE
// symbol tables all carry the exported `node_register_module_v<ABI>` name as plain bytes.
import fs from 'node:fs';

export function binaryAbi(file) {
  if (!fs.existsSync(file)) return null;
  const match = /node_register_module_v(\d+)/.exec(fs.readFileSync(file).toString('latin1'));
  return match ? Number(match[1]) : null;
}
