import { browser } from '@wxt-dev/browser';

const MARK = 'tendSession';

/**
 * Whether this start of the worker is the first since the browser started. Session storage
 * outlives a stopped worker but not a closed browser, so a missing mark means the browser
 * was closed since Tend last ran (or Tend was just installed, updated or reloaded). Browsers
 * without session storage report false: the absence then counts from the missed wake.
 */
export async function firstStartThisSession(): Promise<boolean> {
  const session = browser.storage.session;
  if (!session) return false;
  try {
    const marks = await session.get(MARK);
    if (marks[MARK] === true) return false;
    await session.set({ [MARK]: true });
    return true;
  } catch {
    return false;
  }
}
