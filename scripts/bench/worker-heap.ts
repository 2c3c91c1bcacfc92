import { setTimeout as sleep } from 'node:timers/promises';
import { buildBaselineExtension } from './baseline-extension';
import { launchChromium, unpackedExtensionId } from './cdp';
import { median } from './median';

export interface WorkerHeap {
  /** Used JS heap right after start, as found (depends on when V8 last collected). */
  found: number;
  /** The same after a forced GC: what the worker holds, and what the budget is for. */
  afterGc: number;
}

/**
 * The JS heap of Tend's worker and of the baseline's empty one right after start, each in a
 * fresh browser, median of `runs`: both loaded together, the protocol attached to each worker
 * only once start-up is over (1.5 s), as found and after a forced GC.
 */
export async function workerHeaps(
  chromium: string,
  tendPath: string,
  runs = 5,
): Promise<{ tend: WorkerHeap; empty: WorkerHeap }> {
  const baselinePath = buildBaselineExtension();
  const seen = { tend: [] as WorkerHeap[], empty: [] as WorkerHeap[] };
  for (let run = 0; run < runs; run++) {
    const browser = await launchChromium(chromium, [tendPath, baselinePath]);
    try {
      await sleep(1_500);
      const { targetInfos } = await browser.cdp.send<{
        targetInfos: { targetId: string; type: string; url: string }[];
      }>('Target.getTargets');
      for (const [key, path] of [
        ['tend', tendPath],
        ['empty', baselinePath],
      ] as const) {
        const origin = `chrome-extension://${unpackedExtensionId(path)}/`;
        const target = targetInfos.find(
          (t) => t.type === 'service_worker' && t.url.startsWith(origin),
        );
        if (!target) continue;
        const { sessionId } = await browser.cdp.send<{ sessionId: string }>(
          'Target.attachToTarget',
          { targetId: target.targetId, flatten: true },
        );
        const used = async () =>
          (await browser.cdp.send<{ usedSize: number }>('Runtime.getHeapUsage', {}, sessionId))
            .usedSize;
        const found = await used();
        await browser.cdp.send('HeapProfiler.collectGarbage', {}, sessionId);
        seen[key].push({ found, afterGc: await used() });
      }
    } finally {
      await browser.close();
    }
  }
  const summary = (xs: WorkerHeap[]): WorkerHeap => ({
    found: median(xs.map((x) => x.found)),
    afterGc: median(xs.map((x) => x.afterGc)),
  });
  return { tend: summary(seen.tend), empty: summary(seen.empty) };
}
