import { z } from 'zod';
import { isIP } from 'node:net';
import path from 'node:path';
import { keyConfigProblems } from './modules/vault/shared/keys.ts';
import { parsePortalLimits, type PortalLimits } from './modules/portal/shared/limits.ts';

/** A single IPv4/IPv6 address, or a CIDR block (`10.0.0.0/8`, `fd00::/8`). */
function isIpOrCidr(entry: string): boolean {
  const [addr, bits, ...rest] = entry.split('/');
  const v = isIP(addr);
  if (!v || rest.length) return false;
  if (bits === undefined) return true;
  if (!/^\d{1,3}$/.test(bits)) return false;
  return Number(bits) <= (v === 4 ? 32 : 128);
}

const TrustedProxies = z
  .string()
  .transform((s) =>
    s
      .split(',')
      .map((e) => e.trim())
      .filter(Boolean),
  )
  .superRefine((list, ctx) => {
    const bad = list.filter((e) => !isIpOrCidr(e));
    if (bad.length)
      ctx.addIssue({
        code: 'custom',
        message: `TRUSTED_PROXIES phải là danh sách địa chỉ IP hoặc dải CIDR cách nhau bởi dấu phẩy (ví dụ 10.0.0.5,10.1.0.0/16); không hợp lệ: ${bad.join(', ')}`,
      });
  });

const Env = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default(path.resolve(process.cwd(), '.data')),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL phải bắt đầu bằng smtp:// hoặc smtps://')
    .optional(),
  MAIL_FROM: z.string().default('danvan <no-reply@danvan.local>'),
  /** How long a sender holds the e-mails it claimed (a sender that died frees them after this). */
  MAIL_CLAIM_SECONDS: z.coerce
    .number()
    .int('MAIL_CLAIM_SECONDS phải là số nguyên giây')
    .min(1, 'MAIL_CLAIM_SECONDS phải từ 1 giây trở lên')
    .max(86_400, 'MAIL_CLAIM_SECONDS tối đa 86400 giây')
    .default(600),
  DEMO: z.enum(['0', '1']).default('1'),
  /** Checked against the password rules by the start-up check (core/startup.ts). */
  ADMIN_PASSWORD: z.string().optional(),
  PUBLIC_URL: z.string().url('PUBLIC_URL phải là một địa chỉ URL').optional(),
  COOKIE_SECURE: z.enum(['0', '1']).optional(),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(500).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  JOBS: z.enum(['0', '1']).default('1'),
  /** Reverse proxies whose X-Forwarded-For is believed; empty: the TCP peer is the client. */
  TRUSTED_PROXIES: TrustedProxies.optional(),
  /** 'production' makes a missing vault key a start-up problem (elsewhere a key is made in DATA_DIR). */
  NODE_ENV: z.string().optional(),
  /** 'sealed': denouncers' identities encrypted in the vault; 'paper': only a paper-register reference. */
  VAULT_MODE: z
    .enum(['sealed', 'paper'], {
      error: 'VAULT_MODE phải là sealed (mã hóa trong hệ thống) hoặc paper (sổ giấy)',
    })
    .default('sealed'),
  /** The vault's key file: lines `<keyId>:<base64 32 bytes>`, the last one current (docs/OPERATIONS.md). */
  VAULT_KEY_FILE: z.string().optional(),
  /** The same keys in a variable instead of a file. */
  VAULT_KEYS: z.string().optional(),
  /**
   * The HMAC key that signs the portal's ALTCHA challenges (≥ 32 characters). Without it a key is
   * made once in DATA_DIR/portal-altcha.key (shared by the instances, as the files are).
   */
  PORTAL_ALTCHA_HMAC_KEY: z
    .string()
    .min(32, 'PORTAL_ALTCHA_HMAC_KEY phải dài ít nhất 32 ký tự (nên là 32 byte ngẫu nhiên viết bằng base64)')
    .optional(),
  /** PBKDF2 iterations of one try of the portal's proof of work. */
  PORTAL_ALTCHA_COST: z.coerce
    .number()
    .int('PORTAL_ALTCHA_COST phải là số nguyên')
    .min(1, 'PORTAL_ALTCHA_COST phải từ 1 trở lên')
    .max(1_000_000, 'PORTAL_ALTCHA_COST tối đa 1.000.000')
    .default(5000),
  /** The proof of work's counter to find is drawn between half of this and this. */
  PORTAL_ALTCHA_COUNTER_MAX: z.coerce
    .number()
    .int('PORTAL_ALTCHA_COUNTER_MAX phải là số nguyên')
    .min(2, 'PORTAL_ALTCHA_COUNTER_MAX phải từ 2 trở lên')
    .max(10_000_000, 'PORTAL_ALTCHA_COUNTER_MAX tối đa 10.000.000')
    .default(10_000),
  /** How long a challenge may be solved and used. */
  PORTAL_ALTCHA_EXPIRE_SECONDS: z.coerce
    .number()
    .int('PORTAL_ALTCHA_EXPIRE_SECONDS phải là số nguyên giây')
    .min(60, 'PORTAL_ALTCHA_EXPIRE_SECONDS phải từ 60 giây trở lên')
    .max(86_400, 'PORTAL_ALTCHA_EXPIRE_SECONDS tối đa 86400 giây')
    .default(600),
  /** The portal's rate limits, `bucket=max/seconds,…` (modules/portal/shared/limits.ts). */
  PORTAL_LIMITS: z.string().optional(),
});
export type Config = Omit<z.infer<typeof Env>, 'TRUSTED_PROXIES'> & {
  demo: boolean;
  cookieSecure: boolean;
  maxUploadBytes: number;
  /** Addresses or CIDR blocks of the trusted reverse proxies (none by default). */
  trustedProxies: string[];
  /** NODE_ENV=production. */
  production: boolean;
  /** The portal's rate limits (defaults with PORTAL_LIMITS over them). */
  portalLimits: PortalLimits;
};

/** Reads and validates the environment; returns every problem at once. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): { config?: Config; problems: string[] } {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(clean);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`) };
  }
  const { TRUSTED_PROXIES, ...c } = parsed.data;
  const production = c.NODE_ENV === 'production';
  const vaultProblems = keyConfigProblems({ ...c, production });
  if (vaultProblems.length) return { problems: vaultProblems };
  const portalLimits = parsePortalLimits(c.PORTAL_LIMITS);
  if (!portalLimits.limits) return { problems: portalLimits.problems };
  return {
    problems: [],
    config: {
      ...c,
      trustedProxies: TRUSTED_PROXIES ?? [],
      portalLimits: portalLimits.limits,
      production,
      DATA_DIR: path.resolve(c.DATA_DIR),
      // a relative WEB_DIST is taken from the working directory, as DATA_DIR is (the static file
      // server refused it at start with an English error)
      WEB_DIST: c.WEB_DIST ? path.resolve(c.WEB_DIST) : undefined,
      demo: c.DEMO === '1',
      cookieSecure: c.COOKIE_SECURE ? c.COOKIE_SECURE === '1' : (c.PUBLIC_URL ?? '').startsWith('https://'),
      maxUploadBytes: c.MAX_UPLOAD_MB * 1024 * 1024,
    },
  };
}
