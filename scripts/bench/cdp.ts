import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A bare DevTools-protocol client over the browser's own WebSocket. The bench uses it instead
 * of an automation launcher because those attach to every service worker, and a worker with a
 * debugger attached never stops: a cold open could then never be measured. This client
 * attaches only to the pages it opens.
 */
export interface Cdp {
  send<T = Record<string, unknown>>(
    method: string,
    params?: Record<string, unknown>,
    sessionId?: string,
  ): Promise<T>;
  /** Calls `listener` for every event named `method` (from any session). */
  on(method: string, listener: (params: Record<string, unknown>, sessionId?: string) => void): void;
  /** The next event named `method` from `sessionId`. */
  next(method: string, sessionId: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  close(): void;
}

export async function connect(url: string): Promise<Cdp> {
  const socket = new WebSocket(url);
  await new Promise((open, fail) => {
    socket.addEventListener('open', open, { once: true });
    socket.addEventListener('error', fail, { once: true });
  });
  let nextId = 0;
  const waiting = new Map<number, { done: (v: unknown) => void; fail: (e: Error) => void }>();
  const listeners = new Map<string, ((p: Record<string, unknown>, s?: string) => void)[]>();
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as {
      id?: number;
      method?: string;
      params?: Record<string, unknown>;
      result?: unknown;
      error?: { message: string };
      sessionId?: string;
    };
    if (message.id !== undefined) {
      const call = waiting.get(message.id);
      waiting.delete(message.id);
      if (message.error) call?.fail(new Error(message.error.message));
      else call?.done(message.result ?? {});
    } else if (message.method) {
      for (const listener of listeners.get(message.method) ?? [])
        listener(message.params ?? {}, message.sessionId);
    }
  });
  return {
    send<T>(method: string, params: Record<string, unknown> = {}, sessionId?: string) {
      const id = ++nextId;
      socket.send(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }));
      return new Promise<T>((done, fail) => {
        waiting.set(id, { done: done as (v: unknown) => void, fail });
      });
    },
    on(method, listener) {
      listeners.set(method, [...(listeners.get(method) ?? []), listener]);
    },
    next(method, sessionId, timeoutMs = 10_000) {
      return new Promise((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`No ${method} in ${timeoutMs} ms`)),
          timeoutMs,
        );
        const listener = (params: Record<string, unknown>, from?: string) => {
          if (from !== sessionId) return;
          clearTimeout(timer);
          listeners.set(
            method,
            (listeners.get(method) ?? []).filter((l) => l !== listener),
          );
          done(params);
        };
        listeners.set(method, [...(listeners.get(method) ?? []), listener]);
      });
    },
    close: () => socket.close(),
  };
}

/** An unpacked extension's id: Chromium derives it from the folder's absolute path. */
export function unpackedExtensionId(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + Number.parseInt(c, 16))).join('');
}

export interface Browser {
  cdp: Cdp;
  process: ChildProcess;
  close(): Promise<void>;
}

/** Starts Chromium, headless, with `extensions` loaded, and connects to its browser target. */
export async function launchChromium(executable: string, extensions: string[]): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const child = spawn(
    executable,
    [
      '--headless',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensions.join(',')}`,
      `--load-extension=${extensions.join(',')}`,
      '--no-sandbox', // the bench may run as root
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const url = await new Promise<string>((found, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Chromium did not start: ${text}`)), 20_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const match = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match?.[1]) {
        clearTimeout(timer);
        found(match[1]);
      }
    });
  });
  const cdp = await connect(url);
  return {
    cdp,
    process: child,
    async close() {
      await cdp.send('Browser.close').catch(() => undefined);
      cdp.close();
      await new Promise((exited) => {
        if (child.exitCode !== null || child.signalCode !== null) exited(null);
        else {
          child.once('exit', exited);
          // Closing can hang on a browser that has stopped answering: end it.
          setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
        }
      });
    },
  };
}
