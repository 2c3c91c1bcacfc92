/**
 * A time zone where it is about midday now ("Etc/GMT-5" is UTC+5), for the end-to-end tests
 * and the browsers they start. The popup's kept frame, the working hours and the day's history
 * all turn at local midnight, so a run near it would test two days by chance; midnight itself
 * is tested with an injected clock (tests/component, tests/unit).
 */
export function middayZone(now = Date.now()): string {
  const offset = 12 - new Date(now).getUTCHours(); // from -11 to 12 hours east of UTC
  if (offset === 0) return 'Etc/GMT';
  return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset)}`;
}
