/** Rounds half away from zero to `decimals` places, tolerant of binary artefacts (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new RangeError(`decimals must be an integer between 0 and 10, got ${decimals}`);
  }
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  // Nudge by a few ulps so that 1.005 * 100 = 100.49999999999999 still rounds up.
  const rounded = Math.round(scaled * (1 + 4 * Number.EPSILON)) / factor;
  const result = value < 0 ? -rounded : rounded;
  return result === 0 ? 0 : result; // never return -0
}

/** Percentage part/whole × 100 rounded to `decimals` places; null when whole is 0. */
export function percentage(part: number, whole: number, decimals: number): number | null {
  if (whole === 0) return null;
  return roundTo((part / whole) * 100, decimals);
}
