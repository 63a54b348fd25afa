import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ExpressionError,
  MAX_EXPRESSION_DEPTH,
  MAX_EXPRESSION_LENGTH,
  parseExpression,
  tokenize,
  typeOf,
  type Expr,
} from '../../src/index.ts';

/** Parses and returns the thrown ExpressionError (fails if nothing or something else is thrown). */
function errorOf(source: string): ExpressionError {
  try {
    parseExpression(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ExpressionError);
    return error as ExpressionError;
  }
  throw new Error(`expected ${JSON.stringify(source)} to be rejected`);
}

describe('tokenize', () => {
  it('splits source into tokens with 1-based positions', () => {
    expect(tokenize('a.b <= 10.5')).toEqual([
      { kind: 'identifier', text: 'a.b', pos: 1 },
      { kind: 'operator', text: '<=', pos: 5 },
      { kind: 'number', text: '10.5', pos: 8 },
      { kind: 'eof', text: '', pos: 12 },
    ]);
  });

  it('knows every operator and punctuation', () => {
    const texts = tokenize('+ - * / < <= > >= == != && || ! ( ) ,').map((t) => t.text);
    expect(texts).toEqual([
      '+',
      '-',
      '*',
      '/',
      '<',
      '<=',
      '>',
      '>=',
      '==',
      '!=',
      '&&',
      '||',
      '!',
      '(',
      ')',
      ',',
      '',
    ]);
  });

  it('reads numbers with decimals and exponents', () => {
    expect(tokenize('0 12 3.25 1e3 2.5E-2').map((t) => t.text)).toEqual([
      '0',
      '12',
      '3.25',
      '1e3',
      '2.5E-2',
      '',
    ]);
  });

  it('accepts tabs and newlines as whitespace', () => {
    expect(tokenize('A\n\t<=\r\nB').map((t) => t.kind)).toEqual([
      'identifier',
      'operator',
      'identifier',
      'eof',
    ]);
  });
});

describe('parseExpression: valid input', () => {
  it('builds the tree with positions', () => {
    expect(parseExpression('resolved <= received')).toEqual({
      kind: 'binary',
      op: '<=',
      left: { kind: 'ref', code: 'resolved', pos: 1 },
      right: { kind: 'ref', code: 'received', pos: 13 },
      pos: 10,
    });
  });

  it('reads negative numbers as negation', () => {
    expect(parseExpression('-5')).toEqual({
      kind: 'unary',
      op: '-',
      operand: { kind: 'number', value: 5, pos: 2 },
      pos: 1,
    });
  });

  it('reads function calls case-insensitively', () => {
    const ast = parseExpression('SUM(a, b)');
    expect(ast).toMatchObject({ kind: 'call', fn: 'sum', pos: 1 });
    expect((ast as Extract<Expr, { kind: 'call' }>).args).toHaveLength(2);
  });

  it('treats a function name not followed by "(" as an indicator code', () => {
    expect(parseExpression('sum + if')).toMatchObject({
      left: { kind: 'ref', code: 'sum' },
      right: { kind: 'ref', code: 'if' },
    });
  });

  it.each([
    '1',
    '0.5',
    '1e3',
    'A',
    '_x',
    'III.1.a',
    'petitions.received_2026',
    'A <= B',
    'A < B',
    'A > B',
    'A >= B',
    'A == B',
    'A != B',
    '-A',
    '- -A',
    '--A',
    '!(A > B)',
    '!!(A > B)',
    'A + B * C - D / E',
    '(((A)))',
    'sum(A) == A',
    'sum(A, B, C) == TOTAL',
    'min(A, B) <= max(A, B)',
    'abs(A - B) < 0.01',
    'if(A > 0, B / A, 0) <= 1',
    'if(A > 0, B > 0, C > 0)',
    '(A > B) == (C > D)',
    'A > 0 && B > 0 || C > 0',
    '!(A > 0) && (B < 1 || C == 2)',
    'sum(if(A > 0, 1, 0), abs(-B)) >= 0',
    '  A\n<=\tB  ',
  ])('accepts %j', (source) => {
    expect(() => parseExpression(source)).not.toThrow();
  });

  it('accepts the maximum length and depth', () => {
    expect(() => parseExpression('A'.repeat(MAX_EXPRESSION_LENGTH))).not.toThrow();
    const depth = MAX_EXPRESSION_DEPTH;
    expect(() => parseExpression(`${'('.repeat(depth)}A${')'.repeat(depth)}`)).not.toThrow();
    expect(() => parseExpression(`${'-'.repeat(depth)}A`)).not.toThrow();
  });

  it('parses a long flat chain without deep recursion', () => {
    const source = Array.from({ length: 250 }, (_, i) => `A${i}`).join(' + ');
    expect(source.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
    expect(typeOf(parseExpression(source))).toBe('number');
  });
});

describe('typeOf', () => {
  it.each([
    ['A', 'number'],
    ['1 + A', 'number'],
    ['-A', 'number'],
    ['sum(A, B)', 'number'],
    ['if(A > 0, 1, 2)', 'number'],
    ['A < B', 'boolean'],
    ['A == B', 'boolean'],
    ['(A < B) == (B < C)', 'boolean'],
    ['!(A < B)', 'boolean'],
    ['A < B && B < C', 'boolean'],
    ['if(A > 0, A > 1, A < -1)', 'boolean'],
  ] as const)('%s is a %s', (source, type) => {
    expect(typeOf(parseExpression(source))).toBe(type);
  });
});

describe('parseExpression: malformed input', () => {
  it.each([
    // [source, position, reason]
    ['', 1, 'biểu thức rỗng'],
    ['   ', 4, 'biểu thức rỗng'],
    ['(A + B', 7, "thiếu dấu ')'"],
    ['if(A > B, 1', 12, "thiếu dấu ')'"],
    ['sum(A, B', 9, "thiếu dấu ')'"],
    ['((A + B)', 9, "thiếu dấu ')'"],
    ['A + B)', 6, "thừa dấu ')'"],
    ['A B', 3, "thiếu toán tử trước 'B'"],
    ['A 1', 3, "thiếu toán tử trước '1'"],
    ['A (B)', 1, "hàm không xác định 'A'"], // a name followed by '(' is a call, spaces allowed
    ['(A B)', 4, "thiếu toán tử trước 'B'"],
    ['A +', 4, 'biểu thức kết thúc đột ngột, thiếu toán hạng'],
    ['A <=', 5, 'biểu thức kết thúc đột ngột, thiếu toán hạng'],
    ['-', 2, 'biểu thức kết thúc đột ngột, thiếu toán hạng'],
    ['A + * B', 5, "thiếu toán hạng trước '*'"],
    ['* A', 1, "thiếu toán hạng trước '*'"],
    ['+A', 1, "thiếu toán hạng trước '+'"],
    ['A <= < B', 6, "thiếu toán hạng trước '<'"],
    ['()', 2, "thiếu toán hạng trước dấu ')'"],
    [')', 1, "thiếu toán hạng trước dấu ')'"],
    ['sum(A,)', 7, "thiếu toán hạng trước dấu ')'"],
    ['sum(,A)', 5, "không mong đợi ','"],
    ['A, B', 2, "không mong đợi ','"],
    ['(A, B)', 3, "không mong đợi ',' (dấu phẩy chỉ dùng trong hàm)"],
    ['sum(A B)', 7, "thiếu toán tử trước 'B'"],
    ['A = B', 3, "dùng '==' để so sánh bằng"],
    ['A =< B', 3, "dùng '==' để so sánh bằng"],
    ['A & B', 3, "dùng '&&' cho phép 'và'"],
    ['A | B', 3, "dùng '||' cho phép 'hoặc'"],
    ['A # B', 3, "ký tự không hợp lệ '#'"],
    ['A <> B', 4, "thiếu toán hạng trước '>'"],
    ['A > 1đ', 6, "ký tự không hợp lệ 'đ'"],
    ['số_đơn > 0', 2, "ký tự không hợp lệ 'ố'"],
    ['A ≤ B', 3, "ký tự không hợp lệ '≤'"],
    ['A > 😀', 5, "ký tự không hợp lệ '😀'"],
    ['"A" > 1', 1, "ký tự không hợp lệ '\"'"],
    ['A[0]', 2, "ký tự không hợp lệ '['"],
    ['A; B', 2, "ký tự không hợp lệ ';'"],
    ['1.', 1, "số không hợp lệ '1.'"],
    ['1.2.3', 1, "số không hợp lệ '1.2.3'"],
    ['A + 12abc', 5, "số không hợp lệ '12abc'"],
    ['1e', 1, "số không hợp lệ '1e'"],
    ['.5', 1, "ký tự không hợp lệ '.'"],
    ['1e999 > A', 1, "số quá lớn '1e999'"],
    ['foo(1)', 1, "hàm không xác định 'foo'"],
    ['A + constructor(1)', 5, "hàm không xác định 'constructor'"],
    ['abs()', 1, "hàm 'abs' cần đúng 1 đối số, nhận 0"],
    ['abs(1, 2)', 1, "hàm 'abs' cần đúng 1 đối số, nhận 2"],
    ['if(A > 0, 1)', 1, "hàm 'if' cần đúng 3 đối số, nhận 2"],
    ['sum()', 1, "hàm 'sum' cần ít nhất 1 đối số, nhận 0"],
    ['1 + min()', 5, "hàm 'min' cần ít nhất 1 đối số, nhận 0"],
    ['A + (B > C)', 3, "phép '+' cần hai giá trị số"],
    ['(A > B) * 2', 9, "phép '*' cần hai giá trị số"],
    ['A < B < C', 7, "phép '<' cần hai giá trị số"],
    ['A && B', 3, "phép '&&' cần hai điều kiện (đúng/sai)"],
    ['A > 0 || B', 7, "phép '||' cần hai điều kiện (đúng/sai)"],
    ['!A', 1, "phép '!' cần một điều kiện (đúng/sai)"],
    ['-(A > B)', 1, "dấu '-' cần một giá trị số"],
    ['A == (B > C)', 3, "phép '==' cần hai vế cùng kiểu"],
    ['sum(A, B > C)', 8, "hàm 'sum' chỉ nhận giá trị số"],
    ['abs(A > B)', 5, "hàm 'abs' chỉ nhận giá trị số"],
    ['if(A, 1, 2)', 4, "đối số thứ nhất của 'if' phải là một điều kiện (đúng/sai)"],
    ['if(A > 0, 1, B > 0)', 1, "hai nhánh của 'if' phải cùng kiểu"],
  ])('%j → position %d: %s', (source, position, reason) => {
    const error = errorOf(source);
    expect(error.reason).toBe(reason);
    expect(error.position).toBe(position);
    expect(error.message).toBe(`Biểu thức không hợp lệ tại vị trí ${position}: ${reason}`);
  });

  it('matches the documented message format', () => {
    expect(() => parseExpression('if(A > B, 1')).toThrow(
      "Biểu thức không hợp lệ tại vị trí 12: thiếu dấu ')'",
    );
  });

  it('is a proper Error subclass', () => {
    const error = errorOf('(');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ExpressionError');
    expect(error.ruleCode).toBeUndefined();
  });

  it('rejects sources that are too long', () => {
    const error = errorOf('A'.repeat(MAX_EXPRESSION_LENGTH + 1));
    expect(error.reason).toMatch(/quá dài/);
  });

  it('rejects nesting that is too deep instead of overflowing the stack', () => {
    const depth = MAX_EXPRESSION_DEPTH + 1;
    expect(errorOf(`${'('.repeat(depth)}A${')'.repeat(depth)}`).reason).toMatch(/lồng nhau quá sâu/);
    expect(errorOf(`${'-'.repeat(depth)}A`).reason).toMatch(/lồng nhau quá sâu/);
    expect(errorOf(`${'abs('.repeat(depth)}A${')'.repeat(depth)}`).reason).toMatch(/lồng nhau quá sâu/);
    expect(errorOf('('.repeat(1500)).reason).toMatch(/lồng nhau quá sâu/);
  });

  it('rejects a non-string source', () => {
    expect(errorOf(42 as unknown as string).reason).toBe('biểu thức phải là một chuỗi ký tự');
    expect(errorOf(null as unknown as string).position).toBe(1);
  });

  it('never throws anything but ExpressionError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (source) => {
        try {
          parseExpression(source);
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
          const { position } = error as ExpressionError;
          expect(position).toBeGreaterThanOrEqual(1);
          expect(position).toBeLessThanOrEqual(source.length + 1);
        }
      }),
    );
  });

  it('never throws anything but ExpressionError on near-valid token soup', () => {
    const piece = fc.constantFrom(
      'A',
      'B.c',
      '1',
      '2.5',
      '(',
      ')',
      ',',
      '+',
      '-',
      '*',
      '/',
      '<',
      '<=',
      '>',
      '>=',
      '==',
      '!=',
      '&&',
      '||',
      '!',
      '=',
      'sum(',
      'if(',
      'abs(',
      'min(',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const source = pieces.join('');
        try {
          const ast = parseExpression(source);
          expect(['number', 'boolean']).toContain(typeOf(ast));
        } catch (error) {
          expect(error).toBeInstanceOf(ExpressionError);
          expect((error as ExpressionError).position).toBeLessThanOrEqual(source.length + 1);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
