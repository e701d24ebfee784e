import iconv from 'iconv-lite';
import fs from 'node:fs';
import Papa from 'papaparse';
import { badInput } from './sniffFile.js';

export type TextEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'win1251';

export interface SheetRow {
  /** 1-based row (record) number in the file, as a user would count it. */
  row: number;
  cells: string[];
}

export interface TextTable {
  encoding: TextEncoding;
  delimiter: string;
  rows: AsyncIterable<SheetRow>;
}

/** A multi-byte sequence cut at the end of the sample is still UTF-8. */
function isValidUtf8(buffer: Buffer): boolean {
  let end = buffer.length;
  for (let back = 1; back <= 3 && back <= buffer.length; back++) {
    const byte = buffer[buffer.length - back];
    if ((byte & 0xc0) === 0xc0) {
      end = buffer.length - back;
      break;
    }
    if ((byte & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** BOM first; else valid UTF-8; else Windows-1251 (formats.md). */
export function detectEncoding(head: Buffer): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf16be';
  return isValidUtf8(head) ? 'utf8' : 'win1251';
}

const ICONV_NAMES: Record<TextEncoding, string> = {
  utf8: 'utf8',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
  win1251: 'win1251',
};

/**
 * `;`, tab or `,` — whichever papaparse finds consistent in the first lines. Blank lines (a file's
 * final newline) and a line the sample cut in half would spoil the consistency, so they are left out.
 */
export function detectDelimiter(sample: string, truncated = false): string {
  const lines = sample.split(/\r\n|\n|\r/);
  if (truncated && lines.length > 1) lines.pop();
  const text = lines.filter((line) => line.trim() !== '').slice(0, 20).join('\n');
  const guessed = Papa.parse(text, { delimitersToGuess: [';', '\t', ','], preview: 20 }).meta.delimiter;
  // Papa answers ',' when it finds nothing: a one-column file reads the same with Russian Excel's ';'.
  return [';', '\t', ','].includes(guessed) && text.includes(guessed) ? guessed : ';';
}

const SAMPLE_BYTES = 65536;

function readSample(file: string, bytes = SAMPLE_BYTES): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, bytes, 0));
  } finally {
    fs.closeSync(fd);
  }
}

function decodedStream(file: string, encoding: TextEncoding): NodeJS.ReadableStream {
  const raw = fs.createReadStream(file, { highWaterMark: 256 * 1024 });
  const decoder = iconv.decodeStream(ICONV_NAMES[encoding], { stripBOM: true });
  raw.on('error', (error) => decoder.emit('error', error));
  const text = raw.pipe(decoder);
  // Without this, the decoded text flows on as Buffers and a reader that calls toString() per
  // chunk would cut multi-byte letters at chunk edges.
  text.setEncoding('utf8');
  return text;
}

async function* parseRows(file: string, encoding: TextEncoding, delimiter: string): AsyncGenerator<SheetRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, skipEmptyLines: false });
  const source = decodedStream(file, encoding);
  source.on('error', (error: Error) => parser.destroy(error));
  source.pipe(parser);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { row, cells };
    }
  } catch (error) {
    throw badInput(file, `не удалось прочитать как текст: ${(error as Error).message}`);
  } finally {
    (source as unknown as { destroy?: () => void }).destroy?.();
  }
}

/** A CSV/TSV/TXT file as rows of cells, streamed, in any encoding and dialect of formats.md. */
export function openTextTable(file: string): TextTable {
  const sample = readSample(file);
  const encoding = detectEncoding(sample);
  const text = iconv.decode(sample, ICONV_NAMES[encoding], { stripBOM: true });
  const delimiter = detectDelimiter(text, sample.length === SAMPLE_BYTES);
  return { encoding, delimiter, rows: parseRows(file, encoding, delimiter) };
}

/** One line, one value: .txt lists need no CSV rules (a code may contain a comma). */
export async function* readTextLines(file: string): AsyncGenerator<SheetRow> {
  const encoding = detectEncoding(readSample(file));
  let pending = '';
  let row = 0;
  for await (const chunk of decodedStream(file, encoding) as AsyncIterable<string>) {
    const lines = (pending + chunk).split(/\r\n|\n|\r/);
    pending = lines.pop() ?? '';
    for (const line of lines) yield { row: ++row, cells: [line] };
  }
  if (pending !== '') yield { row: ++row, cells: [pending] };
}
