import { execFileSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { type PaintTimes, paintTimes } from '../../tests/e2e/paint-times';
import { type Browser, type Cdp, launchChromium, unpackedExtensionId } from './cdp';

/**
 * First contentful paint of a popup page as a user feels it, from navigation start, for Tend
 * and a static baseline in the same browser, opened one after the other:
 *
 * - cold: no process of either extension alive (every worker stopped, no page of theirs open),
 *   as when the popup is opened between breaks and Tend's worker sleeps;
 * - warm: the extension's process alive, started by its worker, as Tend's running worker keeps
 *   it (popup-paint.ts stops everything between a cold open and a warm one, so the warm page
 *   finds no cache the cold one left).
 *
 * Each open is a fresh tab of the popup page, with nothing attached while it loads (a debugger
 * slows a page down); the bench attaches afterwards and reads the page's own paint timings.
 * The awaited content (the break time, the exercise's title) carries an `elementtiming`
 * attribute, so the page also says when that content was first painted: a placeholder painted
 * first shows as content painted after the first contentful paint.
 */

export interface Open {
  /** First contentful paint, ms from navigation start. */
  fcp: number;
  /** When the awaited content was first painted, ms from navigation start. */
  content: number;
  domContentLoaded: number;
}

export interface Target {
  path: string;
  /** The `elementtiming` name of the content that must be in the first paint. */
  content: string;
}

export class PaintBench {
  private constructor(
    private readonly browser: Browser,
    private readonly control: string,
  ) {}

  static async start(executable: string, extensions: string[]): Promise<PaintBench> {
    const browser = await launchChromium(executable, extensions);
    // A web page's session is where the ServiceWorker domain lives; it reaches the extensions'
    // workers too, since they share the profile's storage partition.
    const { sessionId } = await blankTab(browser.cdp);
    await browser.cdp.send('ServiceWorker.enable', {}, sessionId);
    return new PaintBench(browser, sessionId);
  }

  get cdp(): Cdp {
    return this.browser.cdp;
  }

  /** Every extension renderer process of this browser (a tree walk from its own process). */
  extensionProcesses(): number[] {
    const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim().split(/\s+/))
      .filter((f) => f.length > 2);
    const parent = new Map(rows.map((f) => [Number(f[0]), Number(f[1])]));
    const ours = (pid: number) => {
      for (let p = pid; p > 1; p = parent.get(p) ?? 0)
        if (p === this.browser.process.pid) return true;
      return false;
    };
    return rows
      .filter((f) => f.slice(2).join(' ').includes('--extension-process') && ours(Number(f[0])))
      .map((f) => Number(f[0]));
  }

  /** Closes every extension page, stops every worker, and waits for their processes to end. */
  async makeCold(): Promise<boolean> {
    await this.closeExtensionPages();
    await this.cdp.send('ServiceWorker.stopAllWorkers', {}, this.control);
    for (let waited = 0; waited < 5_000; waited += 25) {
      if (this.extensionProcesses().length === 0) return true;
      await sleep(25);
    }
    return false;
  }

  async closeExtensionPages(): Promise<void> {
    const { targetInfos } = await this.cdp.send<{
      targetInfos: { targetId: string; type: string; url: string }[];
    }>('Target.getTargets');
    for (const t of targetInfos)
      if (t.type === 'page' && t.url.startsWith('chrome-extension://'))
        await this.cdp.send('Target.closeTarget', { targetId: t.targetId }).catch(() => undefined);
  }

  /**
   * Brings the extension's process up, as it is between breaks while Tend's worker runs: its
   * worker started through the protocol, with nothing attached to it, and no page open.
   */
  async keepAlive(target: Target): Promise<void> {
    const scopeURL = `chrome-extension://${unpackedExtensionId(target.path)}/`;
    await this.cdp.send('ServiceWorker.startWorker', { scopeURL }, this.control);
    for (let waited = 0; waited < 5_000; waited += 25) {
      if (this.extensionProcesses().length > 0) break;
      await sleep(25);
    }
    await sleep(500); // started, and idle again
  }

  /** Evaluates `expression` in a fresh page of `target` (for setup: storage, intents). */
  async evaluateIn(target: Target, expression: string): Promise<unknown> {
    const { targetId, sessionId } = await this.newTab();
    try {
      await this.navigate(
        sessionId,
        `chrome-extension://${unpackedExtensionId(target.path)}/popup.html`,
      );
      const { result, exceptionDetails } = await this.cdp.send<{
        result: { value: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      }>('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
      if (exceptionDetails)
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    } finally {
      await this.cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    }
  }

  /** A new blank tab with the bench attached to it. */
  private async newTab(): Promise<{ targetId: string; sessionId: string }> {
    const { targetId, sessionId } = await blankTab(this.cdp);
    await this.cdp.send('Page.enable', {}, sessionId);
    return { targetId, sessionId };
  }

  private async navigate(sessionId: string, url: string): Promise<void> {
    const loaded = this.cdp.next('Page.loadEventFired', sessionId);
    await this.cdp.send('Page.navigate', { url }, sessionId);
    await loaded;
  }

  /**
   * The address the toolbar button opens now: the manifest's popup page, or the one the
   * extension set since (Tend's carries a snapshot of what it shows).
   */
  async popupAddress(target: Target): Promise<string> {
    return String(await this.evaluateIn(target, '(chrome.action.getPopup({}))'));
  }

  /** One open of the popup at `address` in a fresh tab; null if it never painted its content. */
  async open(target: Target, address: string): Promise<Open | null> {
    const cdp = this.cdp;
    const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
      url: address,
    });
    try {
      await sleep(600); // loaded and painted, with nothing attached
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
        targetId,
        flatten: true,
      });
      const read = `(${paintTimes})(${JSON.stringify({ name: target.content, waitMs: 200 })})`;
      for (let tries = 0; tries < 20; tries++) {
        const { result } = await cdp
          .send<{ result: { value?: PaintTimes } }>(
            'Runtime.evaluate',
            { expression: read, awaitPromise: true, returnByValue: true },
            sessionId,
          )
          .catch(() => ({ result: {} as { value?: PaintTimes } }));
        const seen = result.value ?? {};
        if (seen.fcp !== undefined && seen.content !== undefined && seen.domContentLoaded)
          return seen as Open;
        await sleep(100);
      }
      return null;
    } finally {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}

/** A new blank tab, with the bench attached to it. */
async function blankTab(cdp: Cdp): Promise<{ targetId: string; sessionId: string }> {
  const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  });
  const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  return { targetId, sessionId };
}
