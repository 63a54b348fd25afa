/** Shared set-up of the files module's tests: a province, an administrator and a reader, uploads. */
import { testEnv, type TestEnv } from '../../../test/harness.ts';
import { makeProvince, makeUser, type Province, type TestUser } from '../../../test/factories.ts';

export interface FilesWorld {
  env: TestEnv;
  p: Province;
  /** The province's administrator: attaches to any unit of the province. */
  admin: TestUser;
  /** A commune's focal officer: reads its own unit's files. */
  reader: TestUser;
}

export async function filesWorld(): Promise<FilesWorld> {
  const env = await testEnv();
  const p = await makeProvince(env);
  const admin = await makeUser(env, 'admin', p.root.id);
  const reader = await makeUser(env, 'focal_officer', p.communeA.id);
  return { env, p, admin, reader };
}

/** How the file part of an upload is written. */
export interface PartOptions {
  /** The boundary's prefix (a random tail is added). */
  prefix?: string;
  /** The part's Content-Type. */
  type?: string;
  /** Send the name as RFC 5987 `filename*=UTF-8''…` instead of `filename="…"`. */
  encodedName?: boolean;
}

/** A multipart body with one file part, in pieces (a test may stream them itself). */
export function multipart(name: string, content: Buffer, o: PartOptions = {}) {
  const boundary = (o.prefix ?? 'fb') + Math.random().toString(16).slice(2);
  const filename = o.encodedName ? `filename*=UTF-8''${encodeURIComponent(name)}` : `filename="${name}"`;
  return {
    boundary,
    head: Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; ${filename}\r\nContent-Type: ${o.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    body: content,
    tail: Buffer.from(`\r\n--${boundary}--\r\n`),
  };
}

/** Uploads one file to a unit's record (entity org_unit). */
export function uploadToUnit(
  env: TestEnv,
  u: TestUser,
  entityId: number,
  name: string,
  content: Buffer,
  o: PartOptions = {},
) {
  const m = multipart(name, content, o);
  return env.app.inject({
    method: 'POST',
    url: `/api/v1/files?entity=org_unit&entityId=${entityId}`,
    headers: { ...u.headers, 'content-type': `multipart/form-data; boundary=${m.boundary}` },
    payload: Buffer.concat([m.head, m.body, m.tail]),
  });
}
