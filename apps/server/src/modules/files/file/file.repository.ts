/** Queries of the files table (metadata; the content lives under DATA_DIR/files, see core/files.ts). */
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { files } from '../../../db/schema/files.ts';
import { users } from '../../../db/schema/users.ts';

export type FileRow = typeof files.$inferSelect;
export type FileRowWithUploader = FileRow & { uploaderName: string | null };

/** The live files of one record, newest first. The record must have been authorised (file.policy.ts). */
export async function listFilesOf(
  db: Db,
  record: { entity: string; entityId: string },
): Promise<FileRowWithUploader[]> {
  const rows = await db
    .select({ f: files, uploaderName: users.fullName })
    .from(files)
    .leftJoin(users, eq(users.id, files.uploadedBy))
    .where(and(eq(files.entity, record.entity), eq(files.entityId, record.entityId), isNull(files.deletedAt)))
    .orderBy(desc(files.uploadedAt), desc(files.id));
  return rows.map((r) => ({ ...r.f, uploaderName: r.uploaderName }));
}

/** A live file by id; `lock` takes the row FOR UPDATE (inside a transaction). */
export async function findFile(db: Db, id: number, lock = false): Promise<FileRow | undefined> {
  const q = db
    .select()
    .from(files)
    .where(and(eq(files.id, id), isNull(files.deletedAt)));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function insertFile(tx: Db, values: typeof files.$inferInsert): Promise<FileRow> {
  const [row] = await tx.insert(files).values(values).returning();
  return row;
}

export async function softDeleteFile(tx: Db, id: number, at: Date): Promise<void> {
  await tx.update(files).set({ deletedAt: at }).where(eq(files.id, id));
}
