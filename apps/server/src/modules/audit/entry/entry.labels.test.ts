import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, AUDIT_LABEL_MESSAGES } from '@danvan/contracts';
import { actionLabel, entityLabel } from './entry.labels.ts';

const MODULES = join(import.meta.dirname, '..', '..');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Every literal entity and action code that the modules pass to `audit(tx, ctx, { entity, action })`. */
function auditedCodes() {
  const entities = new Map<string, string>();
  const actions = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const file of sources(MODULES)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('audit(')) continue;
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const at = (n: ts.Node) =>
      `${relative(MODULES, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const literals = (n: ts.Node, into: Map<string, string>, tpl?: Map<string, string>) => {
      const walk = (x: ts.Node): void => {
        if (ts.isStringLiteral(x) || ts.isNoSubstitutionTemplateLiteral(x)) into.set(x.text, at(x));
        else if (ts.isTemplateExpression(x)) tpl?.set(x.head.text, at(x));
        else ts.forEachChild(x, walk);
      };
      // Only the values the property can take: the branches of a ternary, not its condition.
      const values = (x: ts.Node): void => {
        if (ts.isConditionalExpression(x)) {
          values(x.whenTrue);
          values(x.whenFalse);
        } else if (ts.isParenthesizedExpression(x)) values(x.expression);
        else walk(x);
      };
      values(n);
    };
    const visit = (n: ts.Node): void => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'audit') {
        for (const arg of n.arguments) {
          if (!ts.isObjectLiteralExpression(arg)) continue;
          for (const p of arg.properties) {
            if (!ts.isPropertyAssignment(p)) continue;
            const name = p.name.getText(sf);
            if (name === 'entity') literals(p.initializer, entities);
            if (name === 'action') literals(p.initializer, actions, templates);
          }
        }
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { entities, actions, templates };
}

describe('audit labels (packages/contracts audit-labels.ts)', () => {
  const codes = auditedCodes();

  it('finds the codes the modules write', () => {
    expect(codes.entities.size).toBeGreaterThanOrEqual(15);
    expect(codes.actions.size).toBeGreaterThanOrEqual(30);
    expect([...codes.actions.keys()]).toEqual(expect.arrayContaining(['compile', 'login_failed', 'retire']));
    expect([...codes.templates.keys()]).toContain('status:');
  });

  it('every entity code written through audit() has a Vietnamese and an English name', () => {
    const missing = [...codes.entities]
      .filter(([c]) => !(c in AUDIT_ENTITY_LABELS))
      .map(([c, w]) => `${c} (${w})`);
    expect(missing).toEqual([]);
  });

  it('every action code written through audit() has a Vietnamese and an English name', () => {
    const missing = [...codes.actions]
      .filter(([c]) => !(c in AUDIT_ACTION_LABELS))
      .map(([c, w]) => `${c} (${w})`);
    expect(missing).toEqual([]);
    for (const prefix of codes.templates.keys())
      expect(
        Object.keys(AUDIT_ACTION_LABELS).some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it('no label is empty, and vi differs from the code', () => {
    for (const [code, l] of [
      ...Object.entries(AUDIT_ENTITY_LABELS),
      ...Object.entries(AUDIT_ACTION_LABELS),
    ]) {
      expect(l.vi.trim(), code).not.toBe('');
      expect(l.en.trim(), code).not.toBe('');
      expect(l.vi, code).not.toBe(code);
    }
  });

  it('the server export names codes by the same labels (no humanised code)', () => {
    expect(entityLabel('report_period')).toBe('Kỳ báo cáo');
    expect(entityLabel('legal_time_limit')).toBe(AUDIT_ENTITY_LABELS.legal_time_limit.vi);
    expect(actionLabel('report_period', 'compile')).toBe('Tổng hợp');
    expect(actionLabel('legal_time_limit', 'close_version')).toBe('Kết thúc phiên bản');
    expect(actionLabel('report', 'create')).toBe('Lập báo cáo');
    expect(actionLabel('task_assignment', 'status:done')).toBe('Chuyển trạng thái: Hoàn thành');
  });

  it('the web gets the same labels as messages, in both languages', () => {
    expect(AUDIT_LABEL_MESSAGES.vi.audit.actions.compile).toBe('Tổng hợp');
    expect(AUDIT_LABEL_MESSAGES.en.audit.actions.compile).toBe('Compile');
    expect(Object.keys(AUDIT_LABEL_MESSAGES.en.audit.entities)).toEqual(
      Object.keys(AUDIT_LABEL_MESSAGES.vi.audit.entities),
    );
  });
});
