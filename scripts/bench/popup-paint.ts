import { setTimeout as sleep } from 'node:timers/promises';
import { popupRawKeys } from '../../lib/store/popup-view';
import { queryJson } from '../../lib/store/query-json';
import { buildBaselineExtension } from './baseline-extension';
import { unpackedExtensionId } from './cdp';
import { type Open, PaintBench, type Target } from './first-paint';
import { median } from './median';

export interface PaintFigures {
  opens: number;
  fcpMs: number;
  domContentLoadedMs: number;
  /** Opens whose awaited content came after the first paint (a placeholder was painted). */
  contentAfterPaint: number;
}

const figures = (opens: Open[]): PaintFigures => ({
  opens: opens.length,
  fcpMs: median(opens.map((o) => o.fcp)),
  domContentLoadedMs: median(opens.map((o) => o.domContentLoaded)),
  // A frame's own paint time is rounded by the browser, so allow one millisecond.
  contentAfterPaint: opens.filter((o) => o.content > o.fcp + 1).length,
});

type Temperature = 'cold' | 'warm';
export type StateFigures = Record<'tend' | 'baseline', Record<Temperature, PaintFigures>>;

/**
 * The app's page as the worker would address it for a state the popup has not drawn yet:
 * the stored snapshot with one more value, which no popup reads, new for each open, and the
 * clock pattern the worker hands every popup. The worker holds no frame of that state
 * (components/popup/frame-cache.ts), so the app draws the first frame itself, as in the first
 * popup after any change.
 */
async function unseen(bench: PaintBench, tend: Target, nonce: number): Promise<string> {
  const { raw, clock } = (await bench.evaluateIn(
    tend,
    `(async () => ({
      raw: await chrome.storage.local.get(null),
      clock: (await chrome.storage.session.get('popupClock')).popupClock,
    }))()`,
  )) as { raw: Record<string, unknown>; clock?: string };
  const snapshot: Record<string, unknown> = { benchNonce: nonce };
  for (const key of popupRawKeys) if (raw[key] !== undefined) snapshot[key] = raw[key];
  const times = clock ? `&clock=${queryJson(clock)}` : '';
  return `chrome-extension://${unpackedExtensionId(tend.path)}/popup.html?tend=${queryJson(JSON.stringify(snapshot))}${times}`;
}

/**
 * Tend's popup against the static baseline, `opens` cold and `opens` warm opens each, taking
 * turns so a slow moment of the machine hits both alike; one extra first round warms the disk
 * cache and is not counted.
 */
async function measure(
  bench: PaintBench,
  tend: Target,
  baseline: Target,
  opens: number,
  /** Each of Tend's opens is the first of its state. */
  firstOfState = false,
) {
  let nonce = 0;
  const seen = {
    tend: { cold: [] as Open[], warm: [] as Open[] },
    baseline: { cold: [] as Open[], warm: [] as Open[] },
  };
  let notCold = 0;
  for (let round = 0; round <= opens; round++) {
    const order = round % 2 ? [tend, baseline] : [baseline, tend];
    for (const target of order) {
      const key = target === tend ? 'tend' : 'baseline';
      // Asked each round: Tend's changes with every step of its worker. The baseline's is its
      // manifest's.
      const address = () =>
        target !== tend
          ? `chrome-extension://${unpackedExtensionId(target.path)}/popup.html`
          : firstOfState
            ? unseen(bench, target, nonce++)
            : bench.popupAddress(target);
      const [first, second] = [await address(), await address()];
      if (!(await bench.makeCold())) {
        notCold++;
        continue;
      }
      const cold = await bench.open(target, first);
      // Warm is the worker running in a process of its own, as between breaks: not the process
      // the cold open just drew in, whose caches still hold that page's scripts and fonts.
      if (!(await bench.makeCold())) {
        notCold++;
        continue;
      }
      await bench.keepAlive(target);
      const warm = await bench.open(target, second);
      if (round === 0) continue;
      if (cold) seen[key].cold.push(cold);
      if (warm) seen[key].warm.push(warm);
    }
  }
  const result: StateFigures = {
    tend: { cold: figures(seen.tend.cold), warm: figures(seen.tend.warm) },
    baseline: { cold: figures(seen.baseline.cold), warm: figures(seen.baseline.warm) },
  };
  return { result, notCold };
}

export interface PopupPaint {
  between: StateFigures;
  /** Between breaks, each open the first of its state: no kept first frame. */
  firstOfState: StateFigures;
  onBreak: StateFigures;
  /** Cold opens skipped because an extension process would not end. */
  notCold: number;
}

/**
 * Evaluated in a page of Tend: a break taken, as from the nudge, so the worker chooses its
 * exercise and the popup shows it (its title is the content awaited). The longest break keeps
 * it on for the whole run.
 */
export const START_LONG_BREAK = `(async () => {
  const send = (name, payload) => chrome.runtime.sendMessage({ tend: 'intent', name, payload });
  await send('save-settings', { patch: { breakLengthSec: 3600 } });
  const { engineState } = await chrome.storage.local.get('engineState');
  await send('start-break', { cycle: engineState.cycle });
})()`;

/** First paint of the popup between breaks and on a break, Tend against the baseline. */
export async function popupPaint(
  chromium: string,
  tendPath: string,
  opens: number,
): Promise<PopupPaint> {
  const baselinePath = buildBaselineExtension();
  const bench = await PaintBench.start(chromium, [tendPath, baselinePath]);
  try {
    const tend: Target = { path: tendPath, content: 'next-break' };
    const baseline: Target = { path: baselinePath, content: 'next-break' };
    // Tend's first start has stored its schedule (and opened its welcome page, closed here).
    for (let tries = 0; ; tries++) {
      const started = await bench.evaluateIn(
        tend,
        `chrome.storage.local.get('engineState').then((r) => Boolean(r.engineState))`,
      );
      if (started) break;
      if (tries > 50) throw new Error('Tend did not store its schedule');
      await sleep(100);
    }
    const between = await measure(bench, tend, baseline, opens);
    const firstOfState = await measure(bench, tend, baseline, opens, true);
    await bench.evaluateIn(tend, START_LONG_BREAK);
    const onBreak = await measure(bench, { ...tend, content: 'exercise-title' }, baseline, opens);
    return {
      between: between.result,
      firstOfState: firstOfState.result,
      onBreak: onBreak.result,
      notCold: between.notCold + firstOfState.notCold + onBreak.notCold,
    };
  } finally {
    await bench.close();
  }
}
