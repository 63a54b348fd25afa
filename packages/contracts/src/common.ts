import { z } from 'zod';
import { formatCount, labelled } from './labels.ts';

// ---------------------------------------------------------------------------------------------
// Numbers and ids. Every id, page, year or count that comes in (path, query string or JSON body)
// goes through `Id` or `Int`: a JSON integer, or its canonical decimal spelling in a path or query
// string. '0x10', '1e0', ' 22', '22.0', '+5', '007', '%0A1' are refused, and so is anything outside
// PostgreSQL's integer (int4), so no bad number ever reaches the database.

/** The largest PostgreSQL `integer` (int4). */
export const INT4_MAX = 2_147_483_647;
export const INT4_MIN = -2_147_483_648;

/** The canonical spelling of an id: 1 … 2147483647, no sign, no leading zero, no spaces. */
export const ID_PATTERN = /^[1-9]\d{0,9}$/;
const INT_PATTERN = /^(0|-?[1-9]\d{0,9})$/;

/** The id written in `s` when `s` is a canonical id, otherwise null. */
export function parseId(s: unknown): number | null {
  if (typeof s === 'number') return Number.isInteger(s) && s >= 1 && s <= INT4_MAX ? s : null;
  if (typeof s !== 'string' || !ID_PATTERN.test(s)) return null;
  const n = Number(s);
  return n <= INT4_MAX ? n : null;
}

const ID_MESSAGE = 'Phải là mã số nguyên dương, viết bằng chữ số thập phân (từ 1 đến 2.147.483.647)';

/**
 * The one id parser: a positive int4, as a JSON integer or its canonical decimal string. The
 * parsed value is a number.
 */
export const Id = z
  .union(
    [
      z.number({ error: ID_MESSAGE }).int(ID_MESSAGE).min(1, ID_MESSAGE).max(INT4_MAX, ID_MESSAGE),
      z
        .string({ error: ID_MESSAGE })
        .regex(ID_PATTERN, ID_MESSAGE)
        .refine((s) => Number(s) <= INT4_MAX, ID_MESSAGE),
    ],
    { error: ID_MESSAGE },
  )
  .transform((v) => Number(v));

/** Ids stored as text (e.g. the record a file is attached to): the same rule, kept as the string. */
export const IdString = z
  .string({ error: ID_MESSAGE })
  .regex(ID_PATTERN, ID_MESSAGE)
  .refine((s) => Number(s) <= INT4_MAX, ID_MESSAGE);

/** A list of ids in a JSON body. */
export const IdList = z.array(Id).max(5000, 'Tối đa 5.000 mục');

function intMessage(label: string, min: number, max: number) {
  return `${label} phải là số nguyên từ ${formatCount(min)} đến ${formatCount(max)}`;
}

const withLabel = <T extends z.ZodType>(schema: T, label: string | undefined): T =>
  label ? labelled(schema, label) : schema;

/**
 * A bounded integer: a JSON integer, or its canonical decimal string (query strings). `label` is the
 * field's Vietnamese name, used in the message.
 */
export function Int(min: number, max: number, label?: string) {
  const msg = intMessage(label ?? 'Giá trị', min, max);
  const schema = z
    .union(
      [
        z.number({ error: msg }).int(msg).min(min, msg).max(max, msg),
        z
          .string({ error: msg })
          .regex(INT_PATTERN, msg)
          .refine((s) => Number(s) >= min && Number(s) <= max, msg),
      ],
      { error: msg },
    )
    .transform((v) => Number(v));
  return withLabel(schema, label);
}

/** A bounded integer in a JSON body only (no string form). */
export function BodyInt(min: number, max: number, label?: string) {
  const msg = intMessage(label ?? 'Giá trị', min, max);
  return withLabel(z.number({ error: msg }).int(msg).min(min, msg).max(max, msg), label);
}

/** Figures (report values, indicator bounds): finite and within ± one million billion. */
export const FIGURE_MAX = 1e15;
const FIGURE_MESSAGE = 'Phải là một số trong khoảng ±1.000.000.000.000.000';
export const Figure = z
  .number({ error: FIGURE_MESSAGE })
  .finite(FIGURE_MESSAGE)
  .min(-FIGURE_MAX, FIGURE_MESSAGE)
  .max(FIGURE_MAX, FIGURE_MESSAGE);

// ---------------------------------------------------------------------------------------------
// Dates

const DATE_MESSAGE = 'Phải là một ngày có thật, dạng YYYY-MM-DD, từ năm 1900 đến 2100';

/** True when `s` is a real calendar date YYYY-MM-DD between 1900-01-01 and 2100-12-31. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1900 || y > 2100 || mo < 1 || mo > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= days[mo - 1];
}

/** A real calendar date (2026-02-30 and 2026-13-45 are refused). */
export const IsoDate = z
  .string({ error: DATE_MESSAGE })
  .regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE)
  .refine(isIsoDate, DATE_MESSAGE);

// ---------------------------------------------------------------------------------------------
// Text. NUL bytes are refused for every request by the server (core/route.ts); these bound length.

/** True when the string holds a NUL byte (PostgreSQL text cannot store it). */
export function hasNul(s: string): boolean {
  return s.includes('\u0000');
}

/** Optional free text in a query string or body, trimmed, at most `max` characters. */
export function Text(max: number, label = 'Nội dung') {
  return labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
}

/** A short code or key (group code, indicator code…) at most `max` characters. */
export function Key(max = 60, label = 'Mã') {
  return labelled(
    z
      .string({ error: `${label} phải là chuỗi ký tự` })
      .trim()
      .min(1, `${label} không được để trống`)
      .max(max, `${label}: tối đa ${formatCount(max)} ký tự`),
    label,
  );
}

// ---------------------------------------------------------------------------------------------
// Shapes

export const IdParam = z.object({ id: labelled(Id, 'Mã số trong đường dẫn') });

export const PageQuery = z.object({
  page: Int(1, 100_000, 'Số trang').default(1),
  pageSize: Int(1, 500, 'Số dòng mỗi trang').default(50),
});
export type PageQuery = z.infer<typeof PageQuery>;

const EMPTY_UPDATE = 'Không có thông tin nào để cập nhật: hãy nhập ít nhất một trường cần thay đổi.';

/**
 * The body of a partial update: every field optional, without the defaults of the create schema
 * (an absent field is left as it is, never reset), and at least one field present.
 */
export function updateOf<S extends z.ZodRawShape>(shape: S) {
  const out: Record<string, z.ZodType> = {};
  for (const [k, v] of Object.entries(shape)) {
    let t = v as z.ZodType;
    while (t instanceof z.ZodDefault || t instanceof z.ZodOptional) t = t.unwrap() as z.ZodType;
    out[k] = t.optional();
  }
  return nonEmpty(
    z.object(out) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<Unwrapped<S[K]>> }>,
  );
}
type Unwrapped<T> =
  T extends z.ZodDefault<infer I> ? Unwrapped<I> : T extends z.ZodOptional<infer I> ? Unwrapped<I> : T;

/** Refuses an update that sets nothing (`{}`, or only unknown keys). */
export function nonEmpty<T extends z.ZodObject>(schema: T) {
  return schema.refine((v: Record<string, unknown>) => Object.values(v).some((x) => x !== undefined), {
    message: EMPTY_UPDATE,
  });
}

/** A list's own `can`: whether the actor may create a record at the list's unit (or the active unit). */
export const ListCan = z.object({ create: z.boolean() });
export type ListCan = z.infer<typeof ListCan>;

export function paged<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    can: ListCan.optional(),
  });
}
export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
  /** Present on the registers where records are created (plans, documents, leaders, units, users …). */
  can?: ListCan;
}

/** Per-record actions the actor may take; the UI shows buttons from it. */
export const Can = z.record(z.string(), z.boolean());
export const Ok = z.object({ ok: z.literal(true) });

/** What the web app shows of the deployment (GET /api/v1/meta). */
export const DeploymentMeta = z.object({
  demo: z.boolean(),
  version: z.string(),
  database: z.enum(['pglite', 'postgres']),
});
export type DeploymentMeta = z.infer<typeof DeploymentMeta>;

/** GET /healthz and GET /readyz (load balancers, monitoring). */
export const Health = z.object({ status: z.literal('ok') });
export const Readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['pglite', 'postgres']),
  detail: z.string().optional(),
});
