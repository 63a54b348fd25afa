import { existsSync } from 'node:fs';
import type { Config } from '../../../config.ts';
import { devKeyFile, keyring, type Keyring } from './keys.ts';

/** Where the warning about a generated key goes: the server log once routes are registered. */
let warn: (message: string) => void = () => {};
export function setVaultWarn(fn: (message: string) => void): void {
  warn = fn;
}

const generated = (file: string) =>
  warn(
    `Chưa cấu hình khóa mã hóa danh tính người tố cáo: đã tạo khóa mới tại ${file} (chỉ dùng cho phát triển, thử nghiệm, trình diễn). Khi vận hành thật, đặt VAULT_KEY_FILE trỏ tới tệp khóa ngoài DATA_DIR (docs/OPERATIONS.md).`,
  );

/** The keys to seal and open with (a development installation without keys makes one). */
export function ringFor(config: Config): Keyring {
  return keyring(config, generated);
}

/**
 * The keys when there are any: a deployment that keeps identities on paper may have none (and then no
 * sealed record can exist to compare with).
 */
export function ringIfAny(config: Config): Keyring | null {
  if (
    config.VAULT_MODE === 'paper' &&
    !config.VAULT_KEYS &&
    !config.VAULT_KEY_FILE &&
    (config.production || !existsSync(devKeyFile(config)))
  )
    return null;
  return ringFor(config);
}
