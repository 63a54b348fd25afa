import { z } from 'zod';

/**
 * Vietnamese labels of input fields. A validation message names the field by its label, never by its
 * JSON key: "Họ và tên: không được để trống.", "Nội dung mục II.1: tối đa 100.000 ký tự.",
 * "Hạn nộp (dòng 2) – Ngày hạn nộp: …". The server (core/http.ts) finds the label of an issue's path
 * with `fieldLabel`; `errors[].path` stays the machine-readable key for the web app's form fields.
 *
 * A label is registered on its own copy of the schema (`labelled`), and zod carries it to the schemas
 * made from it by `.min()`, `.refine()` and the like. `{key}` in the label of a record's value is the
 * record key (`Nội dung mục {key}`); an array item adds " (dòng N)" to its list's label.
 */
export const fieldLabels = z.registry<{ label: string }>();

/** `schema` with the Vietnamese label `label` (a copy: the shared schema keeps its own). */
export function labelled<T extends z.ZodType>(schema: T, label: string): T {
  const copy = schema.clone() as T;
  fieldLabels.add(copy, { label });
  return copy;
}

/** Numbers in messages, Vietnamese style: 100.000, 2.147.483.647 (years and small counts as they are). */
export function formatCount(n: number | bigint): string {
  const v = Number(n);
  if (!Number.isFinite(v)) return String(n);
  if (Math.abs(v) < 10_000) return String(v).replace('.', ',');
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 }).format(v);
}

interface Def {
  type: string;
  [k: string]: unknown;
}
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Through optional, default, pipe, lazy…: the schema that holds the value, and the outermost label. */
function unwrap(s: z.ZodType): { core: z.ZodType; label: string | undefined } {
  let label: string | undefined;
  let cur = s;
  for (let i = 0; i < 32; i++) {
    label ??= fieldLabels.get(cur)?.label;
    const d = defOf(cur);
    const next =
      d.type === 'optional' ||
      d.type === 'nullable' ||
      d.type === 'default' ||
      d.type === 'prefault' ||
      d.type === 'nonoptional' ||
      d.type === 'readonly' ||
      d.type === 'catch' ||
      d.type === 'success'
        ? (d.innerType as z.ZodType)
        : d.type === 'pipe'
          ? defOf(d.in as z.ZodType).type === 'transform'
            ? (d.out as z.ZodType)
            : (d.in as z.ZodType)
          : d.type === 'lazy'
            ? (d.getter as () => z.ZodType)()
            : null;
    if (!next) break;
    cur = next;
  }
  return { core: cur, label };
}

type Step =
  | { kind: 'field' | 'entry'; schema: z.ZodType; key: string }
  | { kind: 'item'; schema: z.ZodType; index: number };

/** The child of `core` at path segment `seg`, or null when `core` has none there. */
function step(core: z.ZodType, seg: PropertyKey): Step | null {
  const d = defOf(core);
  const key = String(seg);
  switch (d.type) {
    case 'object': {
      const shape = d.shape as Record<string, z.ZodType>;
      return Object.hasOwn(shape, key) ? { kind: 'field', schema: shape[key], key } : null;
    }
    case 'record':
      return { kind: 'entry', schema: d.valueType as z.ZodType, key };
    case 'array':
      return /^\d+$/.test(key) ? { kind: 'item', schema: d.element as z.ZodType, index: Number(key) } : null;
    case 'tuple': {
      const items = d.items as z.ZodType[];
      return /^\d+$/.test(key) && items[Number(key)]
        ? { kind: 'item', schema: items[Number(key)], index: Number(key) }
        : null;
    }
    case 'union':
      for (const o of d.options as z.ZodType[]) {
        const s = step(unwrap(o).core, seg);
        if (s) return s;
      }
      return null;
    case 'intersection':
      return step(unwrap(d.left as z.ZodType).core, seg) ?? step(unwrap(d.right as z.ZodType).core, seg);
    default:
      return null;
  }
}

/** The label of the field at `path` in `schema`, with the context of lists and records, and the field's own. */
export function describeField(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): { label: string | null; own: string | null } {
  const parts: string[] = [];
  let own: string | null = null;
  let core = unwrap(schema).core;
  // whether the node we stand on pushed its own label (a record's label gives way to its entry's)
  let pushed = false;
  for (const seg of path) {
    const s = step(core, seg);
    if (!s) break;
    const u = unwrap(s.schema);
    if (s.kind === 'item') {
      const row = `dòng ${s.index + 1}`;
      if (parts.length) parts[parts.length - 1] += ` (${row})`;
      else parts.push(row.charAt(0).toUpperCase() + row.slice(1));
    }
    if (u.label && s.kind === 'item' && u.label === own) {
      // a list of "Khối" whose items are each a "Khối": "Khối (dòng 2)", not "Khối (dòng 2) – Khối"
      pushed = false;
    } else if (u.label) {
      if (s.kind === 'entry' && pushed) parts.pop();
      own = u.label.replace(/\{key\}/g, s.kind === 'item' ? String(s.index + 1) : s.key);
      parts.push(own);
      pushed = true;
    } else {
      if (s.kind !== 'item') own = null;
      pushed = false;
    }
    core = u.core;
  }
  return { label: parts.length ? parts.join(' – ') : null, own };
}

/** The Vietnamese label of the field at `path` in `schema` ("Hạn nộp (dòng 2) – Ngày hạn nộp"), or null. */
export function fieldLabel(schema: z.ZodType, path: readonly PropertyKey[]): string | null {
  return describeField(schema, path).label;
}

const ACRONYM = /^\p{Lu}{2,}\b/u;
const lowerFirst = (s: string) => (ACRONYM.test(s) ? s : s.charAt(0).toLocaleLowerCase('vi') + s.slice(1));
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
/** Ends the sentence with a full stop (unless it ends with one, "…", "!" or "?"). */
export function sentence(s: string): string {
  const t = s.trim();
  return /[.!?…]$/u.test(t) ? t : `${t}.`;
}

/**
 * "<Nhãn>: <what to do>." from a message that may already begin with the field's own label
 * ("Tên mục không được để trống" under "Các mục (dòng 2) – Tên mục" gives
 * "Các mục (dòng 2) – Tên mục: không được để trống.").
 */
export function labelMessage(label: string | null, own: string | null, message: string): string {
  let m = message.trim();
  for (const prefix of [label, own]) {
    if (!prefix) continue;
    if (m.toLocaleLowerCase('vi').startsWith(prefix.toLocaleLowerCase('vi'))) {
      const rest = m.slice(prefix.length);
      if (/^[\s:,–-]/u.test(rest) || rest === '') {
        m = rest.replace(/^[\s:,–-]+/u, '');
        break;
      }
    }
  }
  if (!label) return sentence(upperFirst(m || 'Giá trị không hợp lệ'));
  return `${label}: ${sentence(lowerFirst(m || 'giá trị không hợp lệ'))}`;
}

/** One issue of a parse as the API reports it: the path (dotted), the label and the whole message. */
export function describeIssue(
  schema: z.ZodType | null | undefined,
  path: readonly PropertyKey[],
  message: string,
): { path: string; label?: string; message: string } {
  const { label, own } = schema && path.length ? describeField(schema, path) : { label: null, own: null };
  return {
    path: path.map(String).join('.'),
    ...(label ? { label } : {}),
    message: labelMessage(label, own, message),
  };
}

/**
 * The issues of a failed parse, each as "<Nhãn>: <what to do>.", each once (for imports and any
 * other place that shows zod's issues to a person).
 */
export function describeIssues(
  schema: z.ZodType,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): { path: string; label?: string; message: string }[] {
  const seen = new Set<string>();
  const out: { path: string; label?: string; message: string }[] = [];
  for (const i of issues) {
    const e = describeIssue(schema, i.path, i.message);
    const k = `${e.path}\u0000${e.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(e);
  }
  return out;
}
