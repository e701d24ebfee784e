import { parseArgs } from 'node:util';

export const HELP = `rich-content-oz — движок Rich Content OZ без окна (для автоматизации и тестов)

Команды:
  import  --db F --kind template|products|barcodes|attributes [--mapping JSON] FILE…
  demo    --db F [--products N] [--out-dir DIR]
  catalog --db F
  process --db F --codes FILE [--preset P] [--config JSON] [--chunk N] [--mode M]
  resume  --db F --run ID
  runs    --db F
  results --db F --run ID
  export  --db F --out FILE [--run ID | --all] [--profile standard|excel|ozon]

Общие флаги: --json (одно JSON-событие на строку в stdout), --help.
Коды выхода: 0 — успех, 2 — неверные входные данные (сообщение в stderr), 1 — сбой.`;

export function parseCli(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string' },
      kind: { type: 'string' },
      mapping: { type: 'string' },
      products: { type: 'string' },
      'out-dir': { type: 'string' },
      codes: { type: 'string' },
      preset: { type: 'string' },
      config: { type: 'string' },
      chunk: { type: 'string' },
      mode: { type: 'string' },
      run: { type: 'string' },
      out: { type: 'string' },
      all: { type: 'boolean' },
      profile: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

export type CliArgs = ReturnType<typeof parseCli>;
