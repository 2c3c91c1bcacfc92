import { browser } from '@wxt-dev/browser';
import { decode, encode, type KeyDef, rawKeys, reportProblems } from '../store/define';
import { refreshPopupSnapshot, touchesPopup } from './popup-snapshot';

/**
 * The worker's reads and writes of stored keys, always through their definitions
 * (lib/store/). Only the worker writes; it is the one place that repairs damaged data in
 * storage, and it does so quietly apart from a log line.
 */

const areaOf = (def: KeyDef<unknown>) => browser.storage[def.area];

/** Reads one key; a damaged or outdated value is repaired in storage too. */
export async function readKey<T>(def: KeyDef<T>, now: number): Promise<T> {
  const raw = await areaOf(def as KeyDef<unknown>).get(rawKeys([def as KeyDef<unknown>]));
  const decoded = decode(def, raw, now);
  if (decoded.dirty) {
    reportProblems(def as KeyDef<unknown>, decoded.problems);
    await writeKeys([[def, decoded.value]]);
  }
  return decoded.value;
}

/** The raw stored value of a key (for the settings rule, which weighs two copies). */
export async function readRaw(def: KeyDef<unknown>): Promise<unknown> {
  const raw = await areaOf(def).get(def.key);
  return raw[def.key];
}

// biome-ignore lint/suspicious/noExplicitAny: a list of keys of different value types
type Write = readonly [KeyDef<any>, unknown];

/**
 * Writes several keys of one area in a single `storage.set`: all of them land, or none does
 * (an import, a reset). Keys of both areas are written sync first, then local.
 */
export async function writeKeys(writes: readonly Write[]): Promise<void> {
  for (const area of ['sync', 'local'] as const) {
    const items: Record<string, unknown> = {};
    for (const [def, value] of writes) {
      if (def.area === area) Object.assign(items, encode(def, value));
    }
    const keys = Object.keys(items);
    if (keys.length === 0) continue;
    await browser.storage[area].set(items);
    // Not awaited: the popup's address follows, in order, without slowing the reply.
    if (area === 'local' && touchesPopup(keys)) void refreshPopupSnapshot();
  }
}
