/**
 * The portal's rate limits, as data: each bucket allows `max` requests per `windowSeconds` and per
 * key (the client's address, or a keyed hash of the contact). The defaults below are overridden by
 * PORTAL_LIMITS (`submit_ip=10/3600,lookup_wrong_ip=20/3600`), read and checked by config.ts.
 */
export const PORTAL_LIMIT_BUCKETS = [
  'submit_ip',
  'submit_contact',
  'attach_ip',
  'lookup_ip',
  'lookup_wrong_ip',
  'rating_ip',
  'challenge_ip',
] as const;
export type PortalLimitBucket = (typeof PORTAL_LIMIT_BUCKETS)[number];

export interface PortalLimit {
  max: number;
  windowSeconds: number;
}
export type PortalLimits = Record<PortalLimitBucket, PortalLimit>;

export const DEFAULT_PORTAL_LIMITS: Readonly<PortalLimits> = Object.freeze({
  /** Petitions sent from one address: 10 an hour. */
  submit_ip: { max: 10, windowSeconds: 3600 },
  /** Petitions sent with one phone number or e-mail: 5 a day. */
  submit_contact: { max: 5, windowSeconds: 86_400 },
  /** Files attached from one address: 30 an hour. */
  attach_ip: { max: 30, windowSeconds: 3600 },
  /** Lookups from one address: 60 in 10 minutes. */
  lookup_ip: { max: 60, windowSeconds: 600 },
  /** Wrong codes from one address: 20 an hour (the code cannot be guessed; this stops the trying). */
  lookup_wrong_ip: { max: 20, windowSeconds: 3600 },
  /** Service ratings from one address: 10 an hour. */
  rating_ip: { max: 10, windowSeconds: 3600 },
  /** Challenges fetched from one address: 60 in 10 minutes. */
  challenge_ip: { max: 60, windowSeconds: 600 },
});

/**
 * Reads PORTAL_LIMITS: entries `bucket=max/windowSeconds` separated by commas. Returns the limits
 * (defaults for the buckets not named) or Vietnamese problems.
 */
export function parsePortalLimits(text: string | undefined): { limits?: PortalLimits; problems: string[] } {
  const limits: PortalLimits = { ...DEFAULT_PORTAL_LIMITS };
  const problems: string[] = [];
  for (const entry of (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const m = /^([a-z_]+)=(\d{1,7})\/(\d{1,7})$/.exec(entry);
    const bucket = m?.[1] as PortalLimitBucket | undefined;
    if (!m || !bucket || !PORTAL_LIMIT_BUCKETS.includes(bucket)) {
      problems.push(
        `PORTAL_LIMITS: mục "${entry.slice(0, 40)}" không hợp lệ (dạng <loại>=<số lần>/<số giây>, loại là một trong ${PORTAL_LIMIT_BUCKETS.join(', ')}).`,
      );
      continue;
    }
    const max = Number(m[2]);
    const windowSeconds = Number(m[3]);
    if (max < 1 || windowSeconds < 1) {
      problems.push(`PORTAL_LIMITS: ${bucket} cần số lần và số giây từ 1 trở lên.`);
      continue;
    }
    limits[bucket] = { max, windowSeconds };
  }
  return problems.length ? { problems } : { limits, problems };
}
