import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, expect, type Worker } from '@playwright/test';
import { defaultSettings } from '../../lib/settings/settings';

/** The test build: accepts second-scale intervals (see CONTRIBUTING.md, "The test build"). */
export const EXTENSION_PATH = resolve('.output-e2e/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'tend-e2e-'));
}

/** Launches Debian's Chromium, headless, with the test build (or another) on `profileDir`. */
export async function launchWithExtension(
  profileDir: string,
  extensionPath = EXTENSION_PATH,
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox', // tests run as root in CI
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      // The machine has no network beyond the package registries: keep Chromium quiet.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The extension's service worker, waiting for it to (re)start if it is not running. */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  return running ?? context.waitForEvent('serviceworker');
}

export function extensionId(worker: Worker): string {
  return new URL(worker.url()).host;
}

/**
 * Kills the extension's process, and with it the service worker, as an out-of-memory kill or
 * a crash would: nothing in memory survives. (Closing the worker through the DevTools protocol
 * leaves Chromium 156 unresponsive here, so the process is killed instead.) Tests run one
 * browser at a time, so every extension process belongs to the browser under test. Chromium
 * starts a new worker when an alarm or a message needs one; Playwright keeps the same
 * `Worker` handle for it, whose calls wait until the new worker runs.
 */
export function killServiceWorker(): void {
  const pids = execFileSync('pgrep', ['-f', 'chromium.*--extension-process'], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);
  if (pids.length === 0) throw new Error('No extension process found to kill');
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone: a process can exit between listing and killing.
    }
  }
}

/** Every setting at its release default (lib/settings/settings.ts), with `overrides`. */
export function settingsWith<T extends object>(overrides: T) {
  return { ...structuredClone(defaultSettings), ...overrides };
}

/**
 * Saves settings as the worker saves them: to sync, the user's copy, then the local cache,
 * which the worker reacts to (lib/store/settings.ts has the rule).
 */
export async function storeSettings(worker: Worker, settings: object): Promise<void> {
  await worker.evaluate(async (s) => {
    await chrome.storage.sync.set({ settings: s });
    await chrome.storage.local.set({ settings: s });
  }, settings);
}

/**
 * Reads until `check` holds, and returns what it read last. A read that throws (the worker
 * is restarting) counts as "not yet".
 */
export async function pollUntil<T>(
  read: () => Promise<T>,
  check: (value: T) => boolean,
  timeout = 10_000,
): Promise<T> {
  let last: T | undefined;
  await expect
    .poll(
      async () => {
        try {
          last = await read();
        } catch {
          return false;
        }
        return check(last);
      },
      { timeout, intervals: [50] },
    )
    .toBe(true);
  return last as T;
}
