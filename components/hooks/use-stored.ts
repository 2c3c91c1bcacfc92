import { useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';

/**
 * A stored item's value, kept live through storage change events, passed through `parse`
 * (stored data is untrusted). `undefined` until the first read completes.
 */
export function useStored<Raw, T>(
  // biome-ignore lint/suspicious/noExplicitAny: the item's metadata type does not matter here
  item: WxtStorageItem<Raw, any>,
  parse: (raw: Raw) => T,
): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void item.getValue().then((raw) => {
      if (live) setValue(parse(raw));
    });
    const unwatch = item.watch((raw) => setValue(parse(raw)));
    return () => {
      live = false;
      unwatch();
    };
  }, [item, parse]);
  return value;
}
