/**
 * A local day as the engine keys it: YYYY-MM-DD (`month` 1–12). On its own, so the popup, which
 * keys its day by the browser's clock, does not load the time-zone code around it (zoned.ts).
 */
export function dayKey(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
