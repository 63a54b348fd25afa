/**
 * The checks the server makes on an uploaded file (type and size, apps/server core/files.ts), made
 * in the browser before sending, from the limits the server publishes (GET /api/v1/public/terms):
 * the citizen learns that a file is too large or of a refused type before the matter is sent.
 */
import type { PortalTerms } from '@danvan/contracts';

export type FileProblem = { file: File; reason: 'type' | 'size' | 'empty' };

function ext(name: string): string {
  const i = name.lastIndexOf('.');
  return i < 0 ? '' : name.slice(i).toLowerCase();
}

/** Whether a file matches one entry of an `accept` list ('.pdf', 'image/png', 'image/*'). */
function matches(file: File, accept: readonly string[]): boolean {
  if (accept.length === 0) return true;
  const type = file.type.toLowerCase();
  const e = ext(file.name);
  return accept.some((a) => {
    const x = a.trim().toLowerCase();
    if (x.startsWith('.')) return x === e;
    if (x.endsWith('/*')) return type.startsWith(x.slice(0, -1));
    return x === type;
  });
}

export function checkFiles(files: readonly File[], limits: PortalTerms['files']): FileProblem[] {
  const out: FileProblem[] = [];
  for (const f of files) {
    if (f.size === 0) out.push({ file: f, reason: 'empty' });
    else if (f.size > limits.maxBytes) out.push({ file: f, reason: 'size' });
    else if (!matches(f, limits.accept)) out.push({ file: f, reason: 'type' });
  }
  return out;
}
