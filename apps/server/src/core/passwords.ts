import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id (m=19456 KiB, t=2, p=1), the OWASP-recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await verify(hashed, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hash('không-có-người-dùng-này');
  return dummy;
}

/** Vietnamese reasons why a password is too weak (empty when acceptable). */
export function passwordProblems(password: string, username?: string): string[] {
  const out: string[] = [];
  if (password.length < 10) out.push('Mật khẩu phải có ít nhất 10 ký tự.');
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((r) => r.test(password)).length;
  if (classes < 3)
    out.push('Mật khẩu phải có ít nhất ba trong bốn loại: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.');
  if (username && password.toLowerCase().includes(username.toLowerCase()))
    out.push('Mật khẩu không được chứa tên đăng nhập.');
  return out;
}
