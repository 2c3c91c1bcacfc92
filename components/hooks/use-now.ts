import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed every `everyMs` while the page is open. For display only
 * ("12 min left"): when breaks happen is decided by the worker, never here.
 */
export function useNow(everyMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
