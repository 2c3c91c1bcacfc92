// The browser's own API, not the polyfill: storage returns promises natively in Chrome (MV3)
// and Firefox, and the polyfill would be a tenth of the popup's size budget.
import { browser } from '@wxt-dev/browser';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/settings/settings';
import { decode, type KeyDef, metaKeyOf } from '@/lib/store/define';
import {
  popupKeys as keys,
  type PopupData,
  popupRawKeys,
  showsInPopup,
} from '@/lib/store/popup-view';
import { localSettingsKey, resolveSettings, syncSettingsKey } from '@/lib/store/settings';
import { syncProblemKey } from '@/lib/store/sync-problem';
import { firstPaintShown } from './paint-shown';

export type { PopupData };

/**
 * Everything the popup shows, read in one `storage.local.get` so the first render has it all
 * (separate reads cost a round trip each, and the popup must draw within a frame), and kept
 * live from `storage.onChanged`. Every value is decoded through its key's definition
 * (lib/store/), the same one the worker uses, so a damaged value gives way to a safe default
 * and a future migration is never skipped. The popup never writes: it sends intents.
 */

const parts = Object.keys(keys) as (keyof PopupData)[];

function decodeAll(raw: Record<string, unknown>, now: number): PopupData {
  const data: Partial<Record<keyof PopupData, unknown>> = {};
  for (const part of parts) data[part] = decode(keys[part] as KeyDef<unknown>, raw, now).value;
  return data as PopupData;
}

/**
 * Local settings missing or damaged (a second device before the worker ran, say): weigh them
 * against the synced copy by the same rule as the worker and the options page. Rare, so the
 * common open stays one read.
 */
async function settingsWithSync(raw: Record<string, unknown>, now: number): Promise<Settings> {
  const local = decode(localSettingsKey, raw, now);
  if (!local.missing && !local.dirty) return local.value;
  try {
    const sync = await browser.storage.sync.get(syncSettingsKey.key);
    const pending = decode(syncProblemKey, raw, now).value !== null;
    return resolveSettings(raw[localSettingsKey.key], sync[syncSettingsKey.key], pending).settings;
  } catch {
    return local.value;
  }
}

/** The popup's data, live; `undefined` until the first read lands (or a snapshot is given). */
export interface PopupStore {
  get(): PopupData | undefined;
  /** Resolves when the first read has landed (with defaults if storage cannot be read). */
  ready: Promise<PopupData>;
  subscribe(listener: () => void): () => void;
  close(): void;
}

const READ_ATTEMPTS = 3;

/**
 * The data a snapshot (the raw values the worker put in the popup's address) gives, decoded
 * like stored values; undefined when there is none, or when any of it needed repair or its
 * settings would need the synced copy: then only the storage read can say.
 */
function fromSnapshot(snapshot: Record<string, unknown> | null, now: number) {
  if (!snapshot) return undefined;
  const decoded = parts.map((part) => decode(keys[part] as KeyDef<unknown>, snapshot, now));
  if (decoded.some((d) => d.dirty) || decoded[parts.indexOf('settings')]?.missing) return undefined;
  return Object.fromEntries(
    parts.map((part, i) => [part, decoded[i]?.value]),
  ) as unknown as PopupData;
}

/**
 * Opens the popup's view of storage: listens for changes first, then reads everything in one
 * `get`. A change that lands while the read is under way is applied on top of its result, so
 * nothing written in between (say, the break falling due) is ever missed. With a `snapshot`,
 * its data is there at once, for the first frame; the read then confirms or corrects it.
 */
export function openPopupStore(
  now: () => number = Date.now,
  snapshot: Record<string, unknown> | null = null,
): PopupStore {
  let data: PopupData | undefined = fromSnapshot(snapshot, now());
  /** The raw stored values (and version markers) by storage key, as last seen. */
  let raw: Record<string, unknown> = {};
  /** The first read has landed: changes apply to the data from then on. */
  let loaded = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };

  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed = Object.keys(changes).filter(showsInPopup);
    if (changed.length === 0) return;
    raw = { ...raw, ...Object.fromEntries(changed.map((k) => [k, changes[k]?.newValue])) };
    if (!loaded || !data) return; // the first read applies it
    const touched = parts.filter(
      (part) => changed.includes(keys[part].key) || changed.includes(metaKeyOf(keys[part])),
    );
    const fresh = decodeAll(raw, now());
    data = { ...data, ...Object.fromEntries(touched.map((part) => [part, fresh[part]])) };
    notify();
  };

  async function read(attempt = 1): Promise<PopupData> {
    try {
      const stored = await browser.storage.local.get([...popupRawKeys]);
      raw = { ...stored, ...raw };
      const data = decodeAll(raw, now());
      return { ...data, settings: await settingsWithSync(raw, now()) };
    } catch (error) {
      console.error(`Tend: reading storage failed (attempt ${attempt})`, error);
      if (attempt >= READ_ATTEMPTS) return decodeAll(raw, now()); // safe defaults, never blank
      await new Promise((wait) => setTimeout(wait, 200 * attempt));
      return read(attempt + 1);
    }
  }

  const start = () => {
    browser.storage.onChanged.addListener(onChanged);
    return read();
  };
  // With a snapshot, storage is touched only once the first frame is shown: the browser's
  // storage API costs a freshly started popup a few milliseconds to set up (issue 15).
  const ready = (data ? firstPaintShown().then(start) : start()).then((first) => {
    loaded = true;
    // A snapshot that was current stays as it is: no second render of the same view.
    if (data && JSON.stringify(data) === JSON.stringify(first)) return data;
    data = first;
    notify();
    return first;
  });

  return {
    get: () => data,
    ready,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => browser.storage.onChanged.removeListener(onChanged),
  };
}

/** The store's data, re-rendering on every change. */
export function usePopupData(store: PopupStore): PopupData | undefined {
  const [data, setData] = useState(store.get);
  useEffect(() => {
    setData(store.get()); // a change between render and subscribing is not lost
    return store.subscribe(() => setData(store.get()));
  }, [store]);
  return data;
}
