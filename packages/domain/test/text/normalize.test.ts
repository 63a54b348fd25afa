import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesVi, normalizeVi, wordsVi } from '../../src/index.ts';

/** Text over the Vietnamese alphabet, with precomposed letters, loose combining marks and whitespace. */
const vietnameseText = fc.string({
  unit: fc.constantFrom(
    ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậéếệịọốộớợụứựỳýỷỹỵÀÉỆỨ \t\n\u0300\u0301\u0303\u0309\u0323'.split(
      '',
    ),
  ),
  maxLength: 60,
});

describe('normalizeVi', () => {
  it.each([
    ['Khiếu nại đất đai', 'khieu nai dat dai'],
    ['KHIẾU NẠI ĐẤT ĐAI', 'khieu nai dat dai'],
    ['Đơn thư tố cáo', 'don thu to cao'],
    ['đ Đ', 'd d'],
    ['Ủy ban nhân dân xã Tân Hưng', 'uy ban nhan dan xa tan hung'],
    ['Uỷ ban', 'uy ban'],
    ['Mặt trận Tổ quốc Việt Nam', 'mat tran to quoc viet nam'],
    ['Hội đồng nhân dân', 'hoi dong nhan dan'],
    ['Dân vận khéo', 'dan van kheo'],
    ['giải phóng mặt bằng', 'giai phong mat bang'],
    ['Thừa Thiên Huế', 'thua thien hue'],
    ['Bà Rịa – Vũng Tàu', 'ba ria – vung tau'],
    ['ƯỚC ƠN ẤY ẮT', 'uoc on ay at'],
    [
      'àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ',
      'aaaaa aaaaa aaaaa eeeee eeeee iiiii ooooo ooooo ooooo uuuuu uuuuu yyyyy',
    ],
    [
      'ÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ ÈÉẺẼẸ ÊỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ ÙÚỦŨỤ ƯỪỨỬỮỰ ỲÝỶỸỴ',
      'aaaaa aaaaaa aaaaaa eeeee eeeeee iiiii ooooo oooooo oooooo uuuuu uuuuuu yyyyy',
    ],
  ])('%s → %s', (input, expected) => {
    expect(normalizeVi(input)).toBe(expected);
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfc = 'Khiếu nại đất đai ở Quảng Ngãi';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(normalizeVi(nfd)).toBe(normalizeVi(nfc));
    expect(normalizeVi(nfd)).toBe('khieu nai dat dai o quang ngai');
  });

  it('handles decomposed đ-free text typed with combining marks (old Windows keyboards)', () => {
    // "Việt" typed as e + circumflex (U+0302) + dot below (U+0323) in a non-canonical order.
    expect(normalizeVi('Vie\u0323\u0302t')).toBe('viet');
    expect(normalizeVi('Vie\u0302\u0323t')).toBe('viet');
  });

  it('collapses and trims whitespace of every kind', () => {
    expect(normalizeVi('  khiếu\t\tnại \n đất   đai  ')).toBe('khieu nai dat dai');
    expect(normalizeVi('a\u00a0b')).toBe('a b');
  });

  it('returns an empty string for blank input', () => {
    expect(normalizeVi('')).toBe('');
    expect(normalizeVi('   \n\t ')).toBe('');
  });

  it('keeps digits and punctuation', () => {
    expect(normalizeVi('Số 25-NQ/TW ngày 03/6/2013')).toBe('so 25-nq/tw ngay 03/6/2013');
  });

  it('maps the letters that unaccent maps but Unicode does not decompose', () => {
    expect(normalizeVi('Æsop Œuvre Straße Øre Łódź ð')).toBe('aesop oeuvre strasse ore lodz d');
  });

  it('does not break scripts whose NFD form is not a diacritic (Hangul)', () => {
    expect(normalizeVi('한국')).toBe('한국');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(normalizeVi(normalizeVi(s))).toBe(normalizeVi(s));
      }),
    );
  });

  it('never leaves combining marks, upper case, đ, or doubled/outer spaces', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const key = normalizeVi(s);
        expect(key).not.toMatch(/\p{M}/u);
        expect(key).not.toMatch(/[A-ZĐđ]/);
        expect(key).not.toMatch(/\s\s|^\s|\s$|[\t\n]/);
      }),
    );
  });

  it('is insensitive to NFC/NFD and to case', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const key = normalizeVi(s);
        expect(normalizeVi(s.normalize('NFD'))).toBe(key);
        expect(normalizeVi(s.normalize('NFC'))).toBe(key);
      }),
    );
  });
});

describe('wordsVi', () => {
  it('splits the normalised text into words', () => {
    expect(wordsVi('  Khiếu   nại ')).toEqual(['khieu', 'nai']);
    expect(wordsVi('')).toEqual([]);
    expect(wordsVi('   ')).toEqual([]);
  });
});

describe('matchesVi', () => {
  const title = 'Đơn khiếu nại về bồi thường đất đai tại xã Tân Phú';

  it.each([
    ['khieu nai dat dai', true],
    ['KHIẾU NẠI', true],
    ['dat dai khieu nai', true], // order does not matter
    ['tan phu', true],
    ['boi thuong', true],
    ['don', true],
    ['khieu', true],
    ['kh', true], // prefixes and substrings match
    ['Khiếu nại'.normalize('NFD'), true],
    ['to cao', false],
    ['khieu nai to cao', false], // every word is required
    ['tan binh', false],
  ])('query %j → %s', (query, expected) => {
    expect(matchesVi(title, query)).toBe(expected);
  });

  it('matches everything with an empty or blank query', () => {
    expect(matchesVi(title, '')).toBe(true);
    expect(matchesVi(title, '   ')).toBe(true);
    expect(matchesVi('', '')).toBe(true);
  });

  it('matches nothing in an empty haystack with a non-empty query', () => {
    expect(matchesVi('', 'a')).toBe(false);
  });

  it('finds every word of a text in the text itself, however it is typed', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(matchesVi(s, s)).toBe(true);
        expect(matchesVi(s.normalize('NFD').toUpperCase(), s)).toBe(true);
      }),
    );
  });
});
