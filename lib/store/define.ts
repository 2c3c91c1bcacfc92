/**
 * How a stored key is defined: its area and name, its default, its version with the migrations
 * that lead to it, and a parser that repairs untrusted data. Every reader (the worker, the
 * popup's one batched read, the options page) decodes through the same definition, so a
 * migration can never be skipped, and only the worker encodes.
 *
 * The version lives beside the value as `key$ = { v }`, the layout @wxt-dev/storage used, so
 * data stored by earlier releases reads back unchanged.
 */

export type Area = 'local' | 'sync';

/** A parsed value and what had to be repaired to get it (empty when the value was clean). */
export interface Parsed<T> {
  value: T;
  problems: string[];
}

export interface KeyDef<T> {
  area: Area;
  key: string;
  /** The current version (1 for a key that never changed shape). */
  version: number;
  /** Migration to version `n` from `n - 1`, keyed by `n`. */
  migrations?: Record<number, (previous: unknown) => unknown>;
  /** The value when nothing is stored. */
  fallback: () => T;
  /** Validates and repairs a stored value; `now` bounds its times to real, sane dates. */
  parse: (raw: unknown, now: number) => Parsed<T>;
}

export function defineKey<T>(def: KeyDef<T>): KeyDef<T> {
  return def;
}

export const metaKeyOf = (def: Pick<KeyDef<unknown>, 'key'>) => `${def.key}$`;

/** A decoded value; `dirty` when what is stored differs from it and the worker should rewrite it. */
export interface Decoded<T> extends Parsed<T> {
  /** Nothing was stored: the fallback. */
  missing: boolean;
  dirty: boolean;
}

/**
 * Reads the version marker. A marker that is not a whole number from 1 to the current version
 * (a damaged one, or one from a newer release) is reported and the value is parsed as it is:
 * the parser keeps whatever is still valid. Never loops over the marker's range.
 */
function storedVersion(meta: unknown, current: number): { version: number; problem?: string } {
  if (meta === undefined || meta === null) return { version: 1 };
  const v = (meta as { v?: unknown }).v;
  if (typeof meta === 'object' && (v === undefined || v === null)) return { version: 1 };
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= current) {
    return { version: v };
  }
  return { version: current, problem: `version marker ${JSON.stringify(meta).slice(0, 40)}` };
}

/** Decodes one key from raw stored values (a `storage.get` result holding `key` and `key$`). */
export function decode<T>(def: KeyDef<T>, raw: Record<string, unknown>, now: number): Decoded<T> {
  const stored = raw[def.key];
  if (stored === undefined || stored === null) {
    const value = def.fallback();
    return { value, problems: [], missing: true, dirty: false };
  }
  const marker = storedVersion(raw[metaKeyOf(def)], def.version);
  const problems: string[] = marker.problem ? [marker.problem] : [];
  let value: unknown = stored;
  let migrated = false;
  for (let to = marker.version + 1; to <= def.version; to++) {
    const migrate = def.migrations?.[to];
    if (!migrate) continue;
    try {
      value = migrate(value);
      migrated = true;
    } catch (error) {
      problems.push(`migration to version ${to} failed: ${String(error)}`);
      break;
    }
  }
  const parsed = def.parse(value, now);
  problems.push(...parsed.problems);
  return { value: parsed.value, problems, missing: false, dirty: migrated || problems.length > 0 };
}

/** The values to `storage.set` for `value`, with its version marker. */
export function encode<T>(def: KeyDef<T>, value: T): Record<string, unknown> {
  return { [def.key]: value, [metaKeyOf(def)]: { v: def.version } };
}

/** The keys to `storage.get` for these definitions (each value and its marker). */
export function rawKeys(defs: readonly KeyDef<unknown>[]): string[] {
  return defs.flatMap((def) => [def.key, metaKeyOf(def)]);
}

/** Logs what a read had to repair, once per key, so damage is never silent. */
export function reportProblems(def: KeyDef<unknown>, problems: readonly string[]): void {
  if (problems.length > 0) {
    console.warn(`Tend: stored ${def.area}:${def.key} was repaired (${problems.join('; ')}).`);
  }
}
