import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../../config.ts';

// The vault's keys live outside the database: a file (VAULT_KEY_FILE) or a variable (VAULT_KEYS), one
// key a line, `<keyId>:<base64 of 32 bytes>`; the last line is the current key. Every record stores the
// id of the key that sealed it, so a new key can be added, the records re-encrypted under it
// (`npm run vault:rotate`), and the old key then removed. No message here ever quotes key material.

export interface VaultKey {
  id: string;
  key: Buffer;
}
export interface Keyring {
  /** Every key, by id. */
  keys: Map<string, VaultKey>;
  /** The key new records are sealed with: the last one listed. */
  current: VaultKey;
  /** Where the keys came from, for messages ("tệp /etc/danvan/vault.key"). */
  source: string;
}

export type VaultKeyConfig = Pick<Config, 'DATA_DIR' | 'VAULT_KEY_FILE' | 'VAULT_KEYS' | 'production'>;

const KEY_ID = /^[A-Za-z0-9._-]{1,40}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Parses a key list. Lines (or entries separated by commas or spaces, for a variable) of
 * `<keyId>:<base64 32 bytes>`; `#` starts a comment. Returns the keys or Vietnamese problems that
 * name the entry by its position, never by its content.
 */
export function parseKeys(text: string, source: string): { keys?: VaultKey[]; problems: string[] } {
  const entries = text
    .split('\n')
    .map((l) => l.replace(/#.*$/, ''))
    .flatMap((l) => l.split(/[\s,;]+/))
    .filter(Boolean);
  const problems: string[] = [];
  const keys: VaultKey[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const at = `${source}, khóa thứ ${i + 1}`;
    const colon = entry.indexOf(':');
    const id = colon < 0 ? '' : entry.slice(0, colon);
    const b64 = colon < 0 ? '' : entry.slice(colon + 1);
    if (!KEY_ID.test(id)) {
      problems.push(
        `${at}: thiếu mã khóa hợp lệ trước dấu hai chấm (dạng <mã khóa>:<32 byte base64>; mã khóa gồm chữ, số, . _ -, tối đa 40 ký tự).`,
      );
      return;
    }
    const key = BASE64.test(b64) ? Buffer.from(b64, 'base64') : null;
    if (!key || key.length !== 32) {
      problems.push(`${at} (mã ${id}): khóa phải là đúng 32 byte viết bằng base64 (44 ký tự).`);
      return;
    }
    if (seen.has(id)) {
      problems.push(`${at}: mã khóa ${id} bị lặp.`);
      return;
    }
    seen.add(id);
    keys.push({ id, key });
  });
  if (!problems.length && !keys.length) problems.push(`${source}: không có khóa nào.`);
  return problems.length ? { problems } : { keys, problems };
}

/** Where a development or demo installation keeps the key it made itself. */
export function devKeyFile(config: Pick<Config, 'DATA_DIR'>): string {
  return path.join(config.DATA_DIR, 'vault.key');
}

/** A new key line `<keyId>:<base64>`; the id says when it was made. */
export function newKeyLine(now = new Date()): string {
  const id = `k${now.toISOString().slice(0, 19).replace(/[-:T]/g, '')}`;
  return `${id}:${randomBytes(32).toString('base64')}`;
}

/**
 * The problems of the key configuration at start (the Vietnamese list of core/startup.ts). In
 * production one of VAULT_KEY_FILE and VAULT_KEYS is required unless identities are kept on paper.
 */
export function keyConfigProblems(
  config: Pick<Config, 'VAULT_KEY_FILE' | 'VAULT_KEYS' | 'VAULT_MODE' | 'production'>,
): string[] {
  if (config.VAULT_KEY_FILE && config.VAULT_KEYS)
    return ['VAULT_KEY_FILE, VAULT_KEYS: chỉ đặt một trong hai (tệp khóa hoặc biến chứa khóa).'];
  if (config.VAULT_KEYS) return parseKeys(config.VAULT_KEYS, 'VAULT_KEYS').problems;
  if (config.VAULT_KEY_FILE) return readKeyFile(config.VAULT_KEY_FILE).problems;
  if (config.production && config.VAULT_MODE !== 'paper')
    return [
      'VAULT_KEY_FILE: chưa có khóa mã hóa danh tính người tố cáo. Tạo tệp khóa ngoài DATA_DIR (xem docs/OPERATIONS.md, mục "Khóa mã hóa danh tính người tố cáo") và đặt VAULT_KEY_FILE trỏ tới nó, hoặc đặt VAULT_MODE=paper nếu đơn vị chỉ lưu danh tính trong sổ giấy.',
    ];
  return [];
}

function readKeyFile(file: string): { keys?: VaultKey[]; problems: string[] } {
  const source = `VAULT_KEY_FILE (${file})`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'không có tệp này' : code === 'EACCES' ? 'không có quyền đọc' : (code ?? 'lỗi đọc');
    return { problems: [`${source}: không đọc được tệp khóa (${why}).`] };
  }
  return parseKeys(text, source);
}

const cache = new Map<string, Keyring>();

/**
 * The keys of this configuration. A key file is read again when it changes (a key added for a
 * rotation is used without a restart). Without any key outside production, one is made in
 * DATA_DIR/vault.key (and `onGenerated` told, for the warning in the log).
 */
export function keyring(config: VaultKeyConfig, onGenerated?: (file: string) => void): Keyring {
  if (config.VAULT_KEYS) return fromText(`env:${config.VAULT_KEYS}`, config.VAULT_KEYS, 'VAULT_KEYS');
  let file = config.VAULT_KEY_FILE;
  if (!file) {
    if (config.production) throw new Error(keyConfigProblems({ ...config, VAULT_MODE: 'sealed' })[0]);
    file = devKeyFile(config);
    if (!existsSync(file)) {
      mkdirSync(path.dirname(file), { recursive: true });
      try {
        writeFileSync(file, `${newKeyLine()}\n`, { mode: 0o600, flag: 'wx' });
        onGenerated?.(file);
      } catch (e) {
        // another instance made it at the same moment: use theirs
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      try {
        chmodSync(file, 0o600);
      } catch {}
    }
  }
  const st = statSync(file);
  const stamp = `file:${file}:${st.mtimeMs}:${st.size}`;
  const hit = cache.get(stamp);
  if (hit) return hit;
  const r = readKeyFile(file);
  if (!r.keys) throw new Error(r.problems.join(' '));
  return remember(stamp, r.keys, `tệp ${file}`);
}

function fromText(stamp: string, text: string, source: string): Keyring {
  const hit = cache.get(stamp);
  if (hit) return hit;
  const r = parseKeys(text, source);
  if (!r.keys) throw new Error(r.problems.join(' '));
  return remember(stamp, r.keys, source);
}

function remember(stamp: string, keys: VaultKey[], source: string): Keyring {
  const ring: Keyring = { keys: new Map(keys.map((k) => [k.id, k])), current: keys[keys.length - 1], source };
  if (cache.size > 32) cache.clear();
  cache.set(stamp, ring);
  return ring;
}
