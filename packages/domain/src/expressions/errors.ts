/** A malformed expression, with a Vietnamese message naming the 1-based position of the problem. */
export class ExpressionError extends Error {
  /** 1-based character position in the source (length + 1 for "at the end"). */
  readonly position: number;
  /** The problem alone, without the position prefix, e.g. "thiếu dấu ')'". */
  readonly reason: string;
  /** Code of the validation rule whose expression is malformed, when known. */
  readonly ruleCode: string | undefined;

  constructor(position: number, reason: string, ruleCode?: string) {
    const prefix = ruleCode === undefined ? '' : `Quy tắc ${ruleCode}: `;
    super(`${prefix}Biểu thức không hợp lệ tại vị trí ${position}: ${reason}`);
    this.name = 'ExpressionError';
    this.position = position;
    this.reason = reason;
    this.ruleCode = ruleCode;
  }
}
