/** Splits an expression's source into tokens. */
import { ExpressionError } from './errors.ts';

/** Kind of a token. */
export type TokenKind = 'number' | 'identifier' | 'operator' | 'lparen' | 'rparen' | 'comma' | 'eof';

/** A token with its 1-based position in the source. */
export interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

const NUMBER_RE = /\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const IDENTIFIER_RE = /[A-Za-z_][A-Za-z0-9_.]*/y;
const TWO_CHAR_OPERATORS = new Set(['<=', '>=', '==', '!=', '&&', '||']);
const ONE_CHAR_OPERATORS = new Set(['+', '-', '*', '/', '<', '>', '!']);
const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** Tokenises an expression, ending with an 'eof' token; throws ExpressionError on an invalid character. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    const pos = i + 1;
    if (WHITESPACE.has(ch)) {
      i += 1;
      continue;
    }
    if (isDigit(ch)) {
      NUMBER_RE.lastIndex = i;
      const text = NUMBER_RE.exec(source)![0];
      const next = source[i + text.length];
      if (next !== undefined && /[A-Za-z0-9_.]/.test(next)) {
        const bad = /[A-Za-z0-9_.]+/y;
        bad.lastIndex = i;
        throw new ExpressionError(pos, `số không hợp lệ '${bad.exec(source)![0]}'`);
      }
      tokens.push({ kind: 'number', text, pos });
      i += text.length;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      IDENTIFIER_RE.lastIndex = i;
      const text = IDENTIFIER_RE.exec(source)![0];
      tokens.push({ kind: 'identifier', text, pos });
      i += text.length;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (TWO_CHAR_OPERATORS.has(two)) {
      tokens.push({ kind: 'operator', text: two, pos });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPERATORS.has(ch)) {
      tokens.push({ kind: 'operator', text: ch, pos });
      i += 1;
      continue;
    }
    if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: ch === '(' ? 'lparen' : ch === ')' ? 'rparen' : 'comma', text: ch, pos });
      i += 1;
      continue;
    }
    if (ch === '=') throw new ExpressionError(pos, "dùng '==' để so sánh bằng");
    if (ch === '&') throw new ExpressionError(pos, "dùng '&&' cho phép 'và'");
    if (ch === '|') throw new ExpressionError(pos, "dùng '||' cho phép 'hoặc'");
    const codePoint = String.fromCodePoint(source.codePointAt(i)!);
    throw new ExpressionError(pos, `ký tự không hợp lệ '${codePoint}'`);
  }
  tokens.push({ kind: 'eof', text: '', pos: source.length + 1 });
  return tokens;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
