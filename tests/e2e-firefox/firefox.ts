import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { parseQueryJson } from '../../lib/store/query-json.ts';
import { middayZone } from '../midday-zone.ts';

// The tests, and the Firefox they start, run at about midday (tests/midday-zone.ts).
process.env.TZ = middayZone();

/**
 * Debian's Firefox ESR (never a downloaded one) with the Firefox test build of Tend
 * (`npm run build:e2e:firefox`, second-scale intervals allowed), driven over WebDriver BiDi by
 * puppeteer-core as a user would: the add-on's own pages, its storage, its nudge (Firefox's
 * own alert window, clicked with the mouse) and the browser console.
 */
const EXTENSION_PATH = resolve('.output-e2e/firefox-mv2');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'tend@tend.example';
/** Fixed by a pref, so the add-on's pages have a known address. */
const UUID = '4d6f2b1c-7e0a-4c3b-9a52-e1f0d8c7b6a5';
const ORIGIN = `moz-extension://${UUID}`;
const SCREENSHOTS = 'test-results/firefox';

const PREFS = {
  'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
  // The event page is unloaded after 1 s without events (30 s by default).
  'extensions.background.idle.timeout': 1_000,
  // Notifications in Firefox's own alert window, which headless Firefox shows and a test can
  // click (the system's notification service is not reachable from here).
  'alerts.useSystemBackend': false,
};

/** What the tests read back: the stored schedule and history, and the open nudges. */
export interface Snapshot {
  phase: string;
  cycle: number;
  nextBreakAt: number;
  workStartedAt: number;
  history: { kind: string; exerciseId?: string; completed?: boolean }[];
  nudges: string[];
  now: number;
}

/** In the add-on's pages, where code passed to `evaluate` runs, `browser` is global. */
interface WebExtGlobal {
  browser: typeof import('wxt/browser').browser;
}

interface BidiResult {
  result: Record<string, unknown>;
}
/** puppeteer-core's WebDriver BiDi connection, for the commands it has no API for. */
interface Bidi {
  send(method: string, params: object): Promise<BidiResult>;
}
interface BrowsingContext {
  context: string;
  url: string;
}

/**
 * Collects Tend's warnings and errors in the browser's own window (privileged code, allowed
 * by -remote-allow-system-access): script errors and warnings from the console service (an
 * uncaught error in the event page, Firefox's own warnings about the add-on), and
 * console.warn/error calls, which are recorded in the process that makes them, so a process
 * script forwards them from the add-on's process.
 *
 * One error is Firefox's own and left out: "sendRemoveListener on closed conduit", logged when
 * Firefox unloads an event page that listens to storage.onChanged (its clean-up removes the
 * listener after closing the channel it would tell; Firefox bug 1633315, the stack is all
 * Firefox's: ExtensionPageChild unload → ext-storage.js). Tend cannot avoid it but by not
 * listening, and the worker must hear settings change.
 */
const COLLECT_CONSOLE = `(() => {
  window.tendProblems = [];
  const fromTend = (text) => text.includes(${JSON.stringify(ADDON_ID)}) || text.includes(${JSON.stringify(UUID)});
  Services.console.registerListener({
    observe(message) {
      if (!(message instanceof Ci.nsIScriptError)) return;
      if (message.flags & Ci.nsIScriptError.infoFlag) return;
      if (message.sourceName === 'resource://gre/modules/ConduitsChild.sys.mjs'
        && message.errorMessage.startsWith('sendRemoveListener on closed conduit ')) return;
      const where = message.sourceName + ':' + message.lineNumber;
      if (fromTend(message.errorMessage) || fromTend(where)) {
        const level = message.flags & Ci.nsIScriptError.warningFlag ? 'warning' : 'error';
        window.tendProblems.push(level + ': ' + message.errorMessage + ' (' + where + ')');
      }
    },
  });
  Services.ppmm.addMessageListener('tend-e2e:console', ({ data }) => {
    if (data.addonId === ${JSON.stringify(ADDON_ID)} || fromTend(data.filename)) {
      window.tendProblems.push('console.' + data.level + ': ' + data.text + ' (' + data.filename + ')');
    }
  });
  const inEachProcess = () => {
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    storage.addLogEventListener((event) => {
      const e = event.wrappedJSObject ?? event;
      if (!['warn', 'error', 'assert', 'exception'].includes(e.level)) return;
      let text;
      try { text = e.arguments.map((a) => String(a)).join(' '); } catch { text = '(unreadable)'; }
      sendAsyncMessage('tend-e2e:console', { level: e.level, addonId: e.addonId ?? '', filename: e.filename ?? '', text });
    }, Services.scriptSecurityManager.getSystemPrincipal());
  };
  Services.ppmm.loadProcessScript('data:,(' + encodeURIComponent(inEachProcess.toString()) + ')()', true);
})()`;

/**
 * A real mouse click (mousedown, mouseup) at the middle of `selector`, hit-tested like one from
 * the user. Firefox 153 has window.synthesizeMouseEvent; older ones windowUtils.sendMouseEvent.
 */
const clickAt = (selector: string) => `(() => {
  const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  for (const type of ['mousedown', 'mouseup']) {
    if (window.synthesizeMouseEvent) window.synthesizeMouseEvent(type, x, y, { button: 0, clickCount: 1 }, {});
    else window.windowUtils.sendMouseEvent(type, x, y, 0, 1, 0);
  }
})()`;

const ALERT_WINDOW = 'chrome://global/content/alerts/alert.xhtml';

export class FirefoxWithTend {
  private readonly browser: Browser;
  private readonly bidi: Bidi;
  /** The main browser window, where privileged code runs. */
  private readonly chromeWindow: string;
  /** A page of the add-on with no code of its own, from which storage is read. */
  private readonly probe: Page;

  // Fields, not parameter properties: Node runs this file by stripping the types only.
  private constructor(browser: Browser, bidi: Bidi, chromeWindow: string, probe: Page) {
    this.browser = browser;
    this.bidi = bidi;
    this.chromeWindow = chromeWindow;
    this.probe = probe;
  }

  /** Starts Firefox, installs the add-on as a temporary add-on, and waits for its schedule. */
  static async launch(): Promise<FirefoxWithTend> {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: PREFS,
    });
    try {
      const bidi = (browser as unknown as { connection: Bidi }).connection;
      const chromeWindow = (await chromeContexts(bidi))[0]?.context;
      if (!chromeWindow) throw new Error('No browser window to run privileged code in');
      await evaluate(bidi, chromeWindow, COLLECT_CONSOLE);
      await browser.installExtension(EXTENSION_PATH);
      const probe = await openIn(browser, bidi, '/icon/128.png');
      const firefox = new FirefoxWithTend(browser, bidi, chromeWindow, probe);
      await firefox.waitFor((s) => s.phase === 'working');
      return firefox;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
  }

  version(): Promise<string> {
    return this.browser.version();
  }

  /** Opens one of the add-on's pages in a new tab. */
  openPage(path: string): Promise<Page> {
    return openIn(this.browser, this.bidi, path);
  }

  /** The stored schedule and history, and the open nudges, read from the add-on's storage. */
  snapshot(): Promise<Snapshot> {
    return this.probe.evaluate(async () => {
      const { browser } = globalThis as unknown as WebExtGlobal;
      const { engineState, history } = await browser.storage.local.get(['engineState', 'history']);
      const state = (engineState ?? {}) as Partial<Snapshot>;
      return {
        phase: state.phase ?? 'not stored yet',
        cycle: state.cycle ?? 0,
        nextBreakAt: state.nextBreakAt ?? 0,
        workStartedAt: state.workStartedAt ?? 0,
        history: (history ?? []) as Snapshot['history'],
        nudges: Object.keys(await browser.notifications.getAll()),
        now: Date.now(),
      };
    });
  }

  /** The stored schedule as the toolbar popup's address carries it (lib/store/popup-view.ts). */
  async popupCarries(): Promise<{ phase?: string; cycle?: number } | null> {
    const carried = parseQueryJson(new URL(await this.popupAddress(), ORIGIN).search, 'tend');
    return carried === null ? null : (carried as { engineState: { phase?: string } }).engineState;
  }

  /** The address the toolbar button opens now, from the add-on's root ("/popup.html?…"). */
  popupAddress(): Promise<string> {
    return this.probe.evaluate(async () => {
      const { browser } = globalThis as unknown as WebExtGlobal;
      // Firefox's getPopup returns a promise; the shared types know only Chrome's callback form.
      const getPopup = browser.browserAction.getPopup as unknown as (d: object) => Promise<string>;
      const address = new URL(await getPopup({}));
      return address.pathname + address.search;
    });
  }

  waitFor(check: (s: Snapshot) => boolean, timeout = 10_000): Promise<Snapshot> {
    return pollUntil(() => this.snapshot(), check, timeout);
  }

  /** Saves settings as the options page does: the local working copy the worker reacts to. */
  async storeSettings(settings: object): Promise<void> {
    await this.probe.evaluate(async (s) => {
      const { browser } = globalThis as unknown as WebExtGlobal;
      await browser.storage.local.set({ settings: s });
    }, settings);
  }

  /** The event page's state as Firefox reports it: "running", "suspending", "stopped", … */
  backgroundState(): Promise<string> {
    return this.privileged(
      `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)}).extension.backgroundState`,
    );
  }

  /** Waits for the nudge in Firefox's alert window; returns its title and text. */
  async waitForNudge(timeout = 15_000): Promise<{ title: string; text: string }> {
    const alert = await pollUntil(
      () => this.alertWindow(),
      (found) => found !== undefined,
      timeout,
    );
    return pollUntil(
      async () =>
        JSON.parse(
          await this.privileged<string>(
            `JSON.stringify({
              title: document.getElementById('alertTitleLabel').value,
              text: document.getElementById('alertTextLabel').textContent,
            })`,
            alert,
          ),
        ) as { title: string; text: string },
      (shown) => shown.title !== '',
    );
  }

  /** Clicks the nudge's text, as the user would. */
  async clickNudge(): Promise<void> {
    const alert = await this.alertWindow();
    if (!alert) throw new Error('No nudge on screen to click');
    await this.privileged(clickAt('#alertTextLabel'), alert);
  }

  /** Waits for the window the worker opens with the exercise, and returns its page. */
  async waitForExerciseWindow(timeout = 10_000): Promise<Page> {
    const url = `${ORIGIN}/popup.html?view=window`;
    const context = await pollUntil(
      // The window carries a snapshot of the break after the view (lib/store/popup-view.ts).
      async () => (await contentContexts(this.bidi)).find((c) => c.url.startsWith(url))?.context,
      (found) => found !== undefined,
      timeout,
    );
    const page = await pollUntil(
      async () => (await this.browser.pages()).find((p) => contextOf(p) === context),
      (found) => found !== undefined,
    );
    return page as Page;
  }

  /** Tend's warnings and errors since the last call (the background page's included). */
  async takeConsoleProblems(): Promise<string[]> {
    return JSON.parse(
      await this.privileged<string>(
        'JSON.stringify(window.tendProblems.splice(0, window.tendProblems.length))',
      ),
    ) as string[];
  }

  /** Runs privileged code in one of the browser's own windows (by default the main one). */
  private privileged<T>(expression: string, context = this.chromeWindow): Promise<T> {
    return evaluate(this.bidi, context, expression) as Promise<T>;
  }

  private async alertWindow(): Promise<string | undefined> {
    return (await chromeContexts(this.bidi)).find((c) => c.url === ALERT_WINDOW)?.context;
  }
}

/**
 * The BiDi browsing context of a page. puppeteer-core keeps it as `_id`; it has no public
 * name for it, and navigating to moz-extension: needs it (see openIn).
 */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/**
 * A new tab with one of the add-on's pages. Navigated with BiDi's own command: puppeteer's
 * `goto` never sees the load of a moz-extension: page (it moves to the add-on's process) and
 * times out, although the page loads.
 */
async function openIn(browser: Browser, bidi: Bidi, path: string): Promise<Page> {
  const page = await browser.newPage();
  await bidi.send('browsingContext.navigate', {
    context: contextOf(page),
    url: `${ORIGIN}${path}`,
    wait: 'complete',
  });
  return page;
}

async function chromeContexts(bidi: Bidi): Promise<BrowsingContext[]> {
  const { result } = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  return result.contexts as BrowsingContext[];
}

async function contentContexts(bidi: Bidi): Promise<BrowsingContext[]> {
  const { result } = await bidi.send('browsingContext.getTree', {});
  return result.contexts as BrowsingContext[];
}

/** Evaluates a privileged expression; the value comes back as a primitive. */
async function evaluate(bidi: Bidi, context: string, expression: string): Promise<unknown> {
  const { result } = await bidi.send('script.evaluate', {
    expression,
    target: { context },
    awaitPromise: true,
  });
  if (result.type !== 'success') {
    throw new Error(`Privileged code failed: ${JSON.stringify(result.exceptionDetails)}`);
  }
  return (result.result as { value?: unknown }).value;
}

/**
 * Reads until `check` holds, and returns what it read last. A read that throws (a page still
 * loading, a window closing) counts as "not yet".
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (check(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeout} ms; last read: ${JSON.stringify(last) ?? String(lastError)}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Saves a screenshot of `page` to test-results/firefox/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
}
