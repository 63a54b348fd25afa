import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatLookupCode,
  LOOKUP_CODE_ALPHABET,
  LOOKUP_CODE_BITS,
  LOOKUP_CODE_DATA_LENGTH,
  LOOKUP_CODE_LENGTH,
  LOOKUP_CODE_RANDOM_BYTES,
  lookupCodeFromBytes,
  parseLookupCode,
} from './lookup-code.ts';
import { satisfactionIndex, satisfactionOfScores } from './satisfaction.ts';
import { personalDataIn, publicationStatesFor, publishRefusal } from './publication.ts';
import { PORTAL_CONSENT_TEXT, PORTAL_PUBLIC_STATEMENT } from './consent.ts';
import { PUBLICATION_STATES, PUBLICATION_STATE_LABELS } from './vocabulary.ts';
import { PETITION_STATUSES } from '../petitions/vocabulary.ts';

const bytes = fc.uint8Array({ minLength: LOOKUP_CODE_RANDOM_BYTES, maxLength: LOOKUP_CODE_RANDOM_BYTES });

describe('lookup code', () => {
  it('carries at least 128 bits in 28 symbols of Crockford base32, shown in 7 groups of 4', () => {
    expect(LOOKUP_CODE_BITS).toBe(130);
    expect(LOOKUP_CODE_LENGTH).toBe(28);
    fc.assert(
      fc.property(bytes, (b) => {
        const code = lookupCodeFromBytes(b);
        expect(code).toHaveLength(LOOKUP_CODE_LENGTH);
        expect([...code].every((c) => LOOKUP_CODE_ALPHABET.includes(c))).toBe(true);
        expect(formatLookupCode(code)).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){6}[0-9A-HJKMNP-TV-Z]{4}$/);
      }),
    );
  });

  it('uses the first 130 bits of the bytes: different bits give different codes', () => {
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: LOOKUP_CODE_BITS - 1 }), (b, bit) => {
        const flipped = Uint8Array.from(b);
        flipped[bit >> 3] ^= 0x80 >> (bit & 7);
        expect(lookupCodeFromBytes(flipped)).not.toBe(lookupCodeFromBytes(b));
      }),
    );
  });

  it('reads back whatever way it is typed: lower case, spaces, dashes, I/L for 1 and O for 0', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const code = lookupCodeFromBytes(b);
        const typed = formatLookupCode(code)
          .toLowerCase()
          .replace(/-/g, ' ')
          .replace(/1/g, 'l')
          .replace(/0/g, 'o');
        expect(parseLookupCode(typed)).toEqual({ ok: true, code });
      }),
    );
  });

  it('catches every single wrong symbol and every swap of two adjacent different symbols', () => {
    fc.assert(
      fc.property(
        bytes,
        fc.integer({ min: 0, max: LOOKUP_CODE_LENGTH - 1 }),
        fc.integer({ min: 1, max: 31 }),
        (b, i, d) => {
          const code = lookupCodeFromBytes(b);
          const v = (LOOKUP_CODE_ALPHABET.indexOf(code[i]) + d) % 32;
          const wrong = code.slice(0, i) + LOOKUP_CODE_ALPHABET[v] + code.slice(i + 1);
          expect(parseLookupCode(wrong)).toEqual({ ok: false, reason: 'checksum' });
        },
      ),
    );
    fc.assert(
      fc.property(bytes, fc.integer({ min: 0, max: LOOKUP_CODE_DATA_LENGTH - 2 }), (b, i) => {
        const code = lookupCodeFromBytes(b);
        fc.pre(code[i] !== code[i + 1]);
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(parseLookupCode(swapped).ok).toBe(false);
      }),
    );
  });

  it('says why a typed code cannot be one', () => {
    expect(parseLookupCode('ABC')).toEqual({ ok: false, reason: 'length' });
    expect(parseLookupCode('U'.repeat(LOOKUP_CODE_LENGTH))).toEqual({ ok: false, reason: 'character' });
    expect(() => lookupCodeFromBytes(new Uint8Array(16))).toThrow(RangeError);
  });
});

describe('satisfaction index (SIPAS: share of 4 and 5)', () => {
  it('is the share of satisfied answers, two decimals; none is null, never 0%', () => {
    expect(satisfactionIndex({}).index).toBeNull();
    expect(satisfactionIndex({ 4: 1, 5: 1, 2: 1 })).toMatchObject({
      n: 3,
      satisfied: 2,
      index: 66.67,
      mean: 3.67,
    });
    expect(satisfactionOfScores([1, 2, 3]).index).toBe(0);
    expect(satisfactionOfScores([5]).index).toBe(100);
    expect(() => satisfactionIndex({ 6: 1 })).toThrow(RangeError);
  });

  it('lies in 0–100, rises with a satisfied answer and falls with a dissatisfied one', () => {
    const scores = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(scores, (s) => {
        const i = satisfactionOfScores(s).index!;
        expect(i).toBeGreaterThanOrEqual(0);
        expect(i).toBeLessThanOrEqual(100);
        expect(satisfactionOfScores([...s, 5]).index!).toBeGreaterThanOrEqual(i);
        expect(satisfactionOfScores([...s, 1]).index!).toBeLessThanOrEqual(i);
        const byScore = satisfactionOfScores(s).byScore;
        expect(byScore.reduce((a, b) => a + b, 0)).toBe(s.length);
      }),
    );
  });
});

describe('what may be published', () => {
  it('only kiến nghị and phản ánh, only with an outcome, only in a state the outcome allows', () => {
    expect(publishRefusal({ kind: 'to_cao', status: 'closed' }, 'resolved')).toBe('kind');
    expect(publishRefusal({ kind: 'khieu_nai', status: 'closed' }, 'resolved')).toBe('kind');
    expect(publishRefusal({ kind: 'phan_anh', status: 'accepted' }, 'resolved')).toBe('not_resolved');
    expect(publishRefusal({ kind: 'phan_anh', status: 'decided' }, 'resolved')).toBeNull();
    expect(publishRefusal({ kind: 'phan_anh', status: 'decided' }, 'not_competent')).toBe('state');
    expect(publishRefusal({ kind: 'kien_nghi', status: 'transferred' }, 'not_competent')).toBeNull();
    expect(publishRefusal({ kind: 'kien_nghi', status: 'filed' }, 'closed_unresolved')).toBeNull();
    for (const s of PETITION_STATUSES)
      for (const st of publicationStatesFor(s)) expect(PUBLICATION_STATES).toContain(st);
    for (const s of PUBLICATION_STATES) expect(PUBLICATION_STATE_LABELS[s].vi).toMatch(/\p{L}/u);
  });

  it('finds the petitioner’s data in a public text without diacritics, case or separators', () => {
    const person = ['Nguyễn Thị Hoa', '0912 345 678', '001085012345', 'Thôn Đông'];
    expect(personalDataIn('Đã trả lời bà NGUYEN THI HOA về việc này.', person)).toEqual(['Nguyễn Thị Hoa']);
    expect(personalDataIn('Liên hệ 0912.345.678', person)).toEqual(['0912 345 678']);
    expect(personalDataIn('Số CCCD 001085012345', person)).toEqual(['001085012345']);
    expect(personalDataIn('Tại thon dong, xã đã xử lý.', person)).toEqual(['Thôn Đông']);
    expect(personalDataIn('UBND xã đã kiểm tra và xử lý dứt điểm.', [...person, null, 'An'])).toEqual([]);
  });
});

describe('consent and the public statement', () => {
  it('come in Vietnamese and English, paragraph for paragraph', () => {
    expect(PORTAL_CONSENT_TEXT.vi).toHaveLength(PORTAL_CONSENT_TEXT.en.length);
    expect(PORTAL_PUBLIC_STATEMENT.public.vi).toHaveLength(PORTAL_PUBLIC_STATEMENT.public.en.length);
    expect(PORTAL_PUBLIC_STATEMENT.private.vi).toHaveLength(PORTAL_PUBLIC_STATEMENT.private.en.length);
    expect(PORTAL_CONSENT_TEXT.vi.join(' ')).toMatch(/91\/2025\/QH15/);
  });
});
