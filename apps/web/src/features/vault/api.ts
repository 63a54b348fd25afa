import { useQuery } from '@tanstack/react-query';
import type { Problem, RevealedIdentity, VaultState } from '@danvan/contracts';
import { ApiError, apiUrl, fileNameFromDisposition, http } from '../../shared/http.ts';

const B = '/vault';

export const vk = {
  state: (kind: string, ownerId: number) => ['vault', kind, ownerId] as const,
};

/** What every screen shows: protected or not, and whether this user may reveal. Never the identity. */
export const useVaultState = (kind: string, ownerId: number) =>
  useQuery({
    queryKey: vk.state(kind, ownerId),
    queryFn: () => http.get<VaultState>(`${B}/${kind}/${ownerId}`),
  });

/**
 * The identity itself: asked with a reason, each time. Not a query: it is never kept in the query
 * cache, only in the dialog's state while the dialog is open.
 */
export const revealIdentity = (kind: string, ownerId: number, reason: string) =>
  http.post<RevealedIdentity>(`${B}/${kind}/${ownerId}/reveal`, { reason });

/** Downloads one scan (a POST with the reason, so the reason never sits in a URL or a log). */
export async function downloadScan(
  kind: string,
  ownerId: number,
  scanId: number,
  reason: string,
): Promise<void> {
  let res: Response;
  try {
    res = await fetch(apiUrl(`${B}/${kind}/${ownerId}/scans/${scanId}/content`), {
      method: 'POST',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', accept: '*/*' },
      body: JSON.stringify({ reason }),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network', detail: '' });
  }
  if (!res.ok) {
    const p = (await res.json().catch(() => null)) as Partial<Problem> | null;
    throw new ApiError({
      status: res.status,
      code: p?.code ?? 'unknown',
      detail: p?.detail ?? res.statusText,
      errors: p?.errors,
      requestId: p?.requestId,
    });
  }
  const blob = await res.blob();
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = fileNameFromDisposition(res.headers.get('content-disposition')) ?? 'ban-quet';
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
