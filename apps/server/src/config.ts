import { z } from 'zod';
import path from 'node:path';

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
  DEMO: z.enum(['0', '1']).default('1'),
  ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD phải có ít nhất 10 ký tự').optional(),
  PUBLIC_URL: z.string().url('PUBLIC_URL phải là một địa chỉ URL').optional(),
  COOKIE_SECURE: z.enum(['0', '1']).optional(),
  MAX_UPLOAD_MB: z.coerce.number().int().min(1).max(500).default(20),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().optional(),
  JOBS: z.enum(['0', '1']).default('1'),
});
export type Config = z.infer<typeof Env> & { demo: boolean; cookieSecure: boolean; maxUploadBytes: number };

/** Reads and validates the environment; returns every problem at once. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): { config?: Config; problems: string[] } {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = Env.safeParse(clean);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'}: ${i.message}`) };
  }
  const c = parsed.data;
  return {
    problems: [],
    config: {
      ...c,
      DATA_DIR: path.resolve(c.DATA_DIR),
      demo: c.DEMO === '1',
      cookieSecure: c.COOKIE_SECURE ? c.COOKIE_SECURE === '1' : (c.PUBLIC_URL ?? '').startsWith('https://'),
      maxUploadBytes: c.MAX_UPLOAD_MB * 1024 * 1024,
    },
  };
}
