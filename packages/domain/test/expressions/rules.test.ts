import { describe, expect, it } from 'vitest';
import { checkRules, ExpressionError, parseRuleExpression, type ValidationRule } from '../../src/index.ts';

const rules: ValidationRule[] = [
  {
    code: 'R1',
    expression: 'petitions_resolved <= petitions_received',
    message: 'Số đơn đã giải quyết không được lớn hơn số đơn đã tiếp nhận',
    severity: 'error',
  },
  {
    code: 'R2',
    expression: 'petitions_received >= 0 && petitions_resolved >= 0',
    message: 'Số đơn không được âm',
    severity: 'error',
  },
  {
    code: 'R3',
    expression: 'if(petitions_received > 0, petitions_resolved / petitions_received * 100 >= 50, 1 > 0)',
    message: 'Tỷ lệ giải quyết dưới 50%, đề nghị giải trình',
    severity: 'warning',
  },
  {
    code: 'R4',
    expression: 'sum(models_economic, models_social, models_defence, models_party) == models_total',
    message: 'Tổng số mô hình "Dân vận khéo" không khớp với các lĩnh vực',
    severity: 'error',
  },
];

describe('checkRules', () => {
  it('returns nothing when every rule holds', () => {
    const values = {
      petitions_received: 120,
      petitions_resolved: 100,
      models_economic: 2,
      models_social: 1,
      models_defence: 0,
      models_party: 1,
      models_total: 4,
    };
    expect(checkRules(rules, values)).toEqual([]);
  });

  it('reports violated rules in rule order with their message and severity', () => {
    const values = {
      petitions_received: 10,
      petitions_resolved: 12,
      models_economic: 2,
      models_social: 1,
      models_defence: 0,
      models_party: 1,
      models_total: 5,
    };
    expect(checkRules(rules, values)).toEqual([
      {
        code: 'R1',
        message: 'Số đơn đã giải quyết không được lớn hơn số đơn đã tiếp nhận',
        severity: 'error',
      },
      {
        code: 'R4',
        message: 'Tổng số mô hình "Dân vận khéo" không khớp với các lĩnh vực',
        severity: 'error',
      },
    ]);
  });

  it('reports warnings', () => {
    expect(checkRules(rules, { petitions_received: 10, petitions_resolved: 4 })).toEqual([
      { code: 'R3', message: 'Tỷ lệ giải quyết dưới 50%, đề nghị giải trình', severity: 'warning' },
    ]);
  });

  it('does not apply a rule when a figure is missing (null, undefined or absent)', () => {
    expect(checkRules(rules, {})).toEqual([]);
    expect(checkRules(rules, { petitions_received: 10, petitions_resolved: null })).toEqual([]);
    expect(checkRules(rules, { petitions_received: 10, petitions_resolved: undefined })).toEqual([]);
  });

  it('still decides a conjunction when one side is false and the other missing', () => {
    expect(checkRules([rules[1]], { petitions_received: -1 })).toEqual([
      { code: 'R2', message: 'Số đơn không được âm', severity: 'error' },
    ]);
  });

  it('does not apply a rule that divides by zero', () => {
    const rule: ValidationRule = { code: 'R', expression: 'a / b <= 1', message: 'm', severity: 'error' };
    expect(checkRules([rule], { a: 5, b: 0 })).toEqual([]);
    expect(checkRules([rule], { a: 5, b: 2 })).toHaveLength(1);
  });

  it('does not read inherited properties of the values object', () => {
    const rule: ValidationRule = {
      code: 'R',
      expression: 'toString > 0 || constructor > 0',
      message: 'm',
      severity: 'error',
    };
    expect(checkRules([rule], {})).toEqual([]);
    const values = Object.create({ inherited: -5 }) as Record<string, number>;
    expect(
      checkRules([{ code: 'R', expression: 'inherited >= 0', message: 'm', severity: 'error' }], values),
    ).toEqual([]);
  });

  it('returns nothing for no rules', () => {
    expect(checkRules([], { a: 1 })).toEqual([]);
  });

  it('throws an ExpressionError naming the rule when an expression is malformed', () => {
    const bad: ValidationRule = { code: 'R9', expression: '(a <= b', message: 'm', severity: 'error' };
    expect(() => checkRules([bad], { a: 1, b: 2 })).toThrow(ExpressionError);
    try {
      checkRules([bad], {});
    } catch (error) {
      const e = error as ExpressionError;
      expect(e.ruleCode).toBe('R9');
      expect(e.position).toBe(8);
      expect(e.reason).toBe("thiếu dấu ')'");
      expect(e.message).toBe("Quy tắc R9: Biểu thức không hợp lệ tại vị trí 8: thiếu dấu ')'");
    }
  });

  it('throws when a rule is not a condition', () => {
    const numeric: ValidationRule = { code: 'R5', expression: 'a + b', message: 'm', severity: 'warning' };
    expect(() => checkRules([numeric], { a: 1, b: 2 })).toThrow(/Quy tắc R5: .*phải là một điều kiện/);
  });
});

describe('parseRuleExpression', () => {
  it('accepts conditions', () => {
    expect(parseRuleExpression('a <= b')).toMatchObject({ kind: 'binary', op: '<=' });
    expect(parseRuleExpression('!(a > b)')).toMatchObject({ kind: 'unary', op: '!' });
    expect(parseRuleExpression('if(a > 0, b > 0, c > 0)')).toMatchObject({ kind: 'call', fn: 'if' });
  });

  it('rejects numeric expressions', () => {
    expect(() => parseRuleExpression('a')).toThrow(ExpressionError);
    expect(() => parseRuleExpression('sum(a, b)')).toThrow(/phải là một điều kiện/);
  });

  it('adds the rule code only when given', () => {
    expect(() => parseRuleExpression('a <')).toThrow(/^Biểu thức không hợp lệ/);
    expect(() => parseRuleExpression('a <', 'X1')).toThrow(
      /^Quy tắc X1: Biểu thức không hợp lệ tại vị trí 4/,
    );
  });

  it('rethrows other errors unchanged', () => {
    expect(() => parseRuleExpression(undefined as unknown as string, 'R')).toThrow(ExpressionError);
  });
});
