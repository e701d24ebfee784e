import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, detectEncoding } from '../../electron/worker/files/textRows.js';

describe('CSV dialect detection (formats.md)', () => {
  it.each([
    ['Код;Мат.\r\nA-1;Замша\r\n', ';'],
    ['Артикул;Сток\r\n1;2\r\n3;4\r\n\r\n', ';'],
    ['a\tb\tc\n1\t2\t3\n', '\t'],
    ['oz_vendor_code,oz_sku,rich_content\r\nA,1,"{""content"":[1,2],\r\n""version"":0.3}"\r\n', ','],
    ['Артикул\nA-1\nA-2\n', ';'],
  ])('%j → %j', (sample, delimiter) => {
    expect(detectDelimiter(sample)).toBe(delimiter);
  });

  it('ignores a last line cut by the sample', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n4;5', true)).toBe(';');
  });

  it('BOM first, else valid UTF-8, else Windows-1251', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf8');
    expect(detectEncoding(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('utf16le');
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0x00, 0x41]))).toBe('utf16be');
    expect(detectEncoding(Buffer.from('Артикул;Бренд', 'utf8'))).toBe('utf8');
    expect(detectEncoding(iconv.encode('Артикул;Бренд', 'win1251'))).toBe('win1251');
    // A multi-byte letter cut at the end of the sample is still UTF-8.
    expect(detectEncoding(Buffer.from('Артикул', 'utf8').subarray(0, 13))).toBe('utf8');
  });
});
