import type { Database } from '../../../db/client.ts';

/** Asks the database the smallest question; rejects when it does not answer within `timeoutMs`. */
export async function pingDatabase(database: Database, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      database.query('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('readiness check timed out')), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}
