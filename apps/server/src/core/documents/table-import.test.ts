import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { toWindows1258 } from '../../../test/windows-text.ts';
import { decodeText, importText, parseCsv, readTable, SAVE_AS_HINT, splitList } from './table-import.ts';
import { inspectType, type Upload } from '../files.ts';

const NAMES = [
  'Phường Hòa Lợi',
  'Xã Nguyễn Huệ',
  'Đặc khu Côn Đảo',
  'Phường Thủ Dầu Một',
  'Xã Ẳng Tở',
  'Xã Phước Hưng, huyện Long Điền',
];

function upload(filename: string, buffer: Buffer): Upload {
  const sniffed = inspectType(buffer, filename);
  return { filename, buffer, detected: sniffed.type, rejection: sniffed.reason, fields: {} };
}

describe('reading import tables saved by Excel on Windows', () => {
  it('decodes an ANSI (Windows-1258) file, whose tone marks are combining characters, to NFC', () => {
    const text = NAMES.join('\n');
    const ansi = toWindows1258(text);
    // the fixture really is what Windows writes: not UTF-8, tones as combining bytes (0xEC acute, 0xF2 dot below)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(ansi)).toThrow();
    expect(ansi.includes(0xf2)).toBe(true);
    expect(iconv.decode(ansi, 'windows-1258')).not.toBe(text);
    expect(decodeText(ansi)!.normalize('NFC')).toBe(text);
    expect(parseCsv(decodeText(ansi)!).map((r) => r[0])).toEqual(NAMES.map((n) => n.split(',')[0]));
  });

  it('decodes UTF-8 with or without BOM and UTF-16 "Unicode Text" with its BOM; refuses binary', () => {
    const text = 'Mã đơn vị\tTên đơn vị\nX1\tXã Hòa Bình';
    expect(decodeText(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(parseCsv(text)).toEqual([
      ['Mã đơn vị', 'Tên đơn vị'],
      ['X1', 'Xã Hòa Bình'],
    ]);
    expect(decodeText(Buffer.from([0x00, 0x01, 0x02, 0x50, 0x4b]))).toBeNull();
  });

  it('normalises every cell to NFC, with the separator Excel used (";", ",", tab or a sep= line)', () => {
    const nfd = 'Xã Hòa Bình'.normalize('NFD');
    expect(nfd).not.toBe('Xã Hòa Bình');
    expect(parseCsv(`a;b\n"${nfd}";"x; y"\n`)).toEqual([
      ['a', 'b'],
      ['Xã Hòa Bình', 'x; y'],
    ]);
    expect(parseCsv(`sep=,\na;b,c\n`)).toEqual([['a;b', 'c']]);
    expect(importText(`\ufeff ${nfd}\u00a0`)).toBe('Xã Hòa Bình');
  });

  it('reads an ANSI .csv upload that the file check could not type, and says how to save what it cannot read', async () => {
    const csv = toWindows1258('Mã đơn vị,Tên đơn vị\r\nX1,Phường Hòa Lợi\r\n');
    const file = upload('don-vi.csv', csv);
    expect(file.detected).toBeNull();
    expect(await readTable(file, 2)).toEqual([
      ['Mã đơn vị', 'Tên đơn vị'],
      ['X1', 'Phường Hòa Lợi'],
    ]);
    for (const bad of [
      upload('don-vi.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
      upload('don-vi.csv', Buffer.from([0x00, 0x01, 0x02, 0x03])),
    ]) {
      const err = await readTable(bad, 2).catch((e: Error) => e);
      expect(err).toBeInstanceOf(Error);
      expect((err as Error).message).toContain('CSV UTF-8');
      expect((err as Error).message).toContain(SAVE_AS_HINT);
    }
  });

  it('splits a list of names that hold commas, and of codes', () => {
    const known = new Map([
      ['Khối sở, ban, ngành', 'khoi_so_nganh'],
      ['Khối xã, phường', 'khoi_xa'],
      ['khoi_xa', 'khoi_xa'],
      ['khoi_so_nganh', 'khoi_so_nganh'],
    ]);
    const resolve = (s: string) => known.get(s) ?? null;
    expect(splitList('Khối xã, phường; Khối sở, ban, ngành', resolve)).toEqual({
      values: ['khoi_xa', 'khoi_so_nganh'],
      unknown: [],
    });
    expect(splitList('khoi_xa, khoi_so_nganh', resolve).values).toEqual(['khoi_xa', 'khoi_so_nganh']);
    expect(splitList('Khối xã, phường, Khối lạ', resolve)).toEqual({
      values: ['khoi_xa'],
      unknown: ['Khối lạ'],
    });
    expect(splitList('', resolve)).toEqual({ values: [], unknown: [] });
  });
});
