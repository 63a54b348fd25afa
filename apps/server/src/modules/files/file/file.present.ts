import type { FileRow } from './file.repository.ts';

/** A file's metadata as the API returns it. */
export function presentFile(r: FileRow & { uploaderName?: string | null }) {
  return {
    id: r.id,
    entity: r.entity,
    entityId: r.entityId,
    originalName: r.originalName,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    uploadedBy: r.uploaderName ?? null,
    uploadedAt: r.uploadedAt.toISOString(),
  };
}

/** Shown in the browser rather than saved: PDFs and images. */
export function opensInline(mime: string): boolean {
  return mime === 'application/pdf' || mime.startsWith('image/');
}
