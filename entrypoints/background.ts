import { browser } from '@wxt-dev/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { allExercises } from '@/content/library/all';
import type { PresenceState } from '@/lib/engine/types';
import { currentLocale } from '@/lib/i18n';
import { isIntentMessage, POSTED_INTENTS } from '@/lib/protocol';
import { localSettingsKey, syncSettingsKey } from '@/lib/store/settings';
import { firstStartThisSession } from '@/lib/worker/browser-session';
import { createDispatcher } from '@/lib/worker/dispatcher';
import { NUDGE_PREFIX, WAKE_ALARM } from '@/lib/worker/effects';
import { createIntentRouter } from '@/lib/worker/intents';
import { TAKE_BREAK_COMMAND } from '@/lib/worker/keyboard';
import { notificationsHaveButtons } from '@/lib/worker/notification-buttons';
import { adoptSyncedSettings, reconcileSettings } from '@/lib/worker/settings-sync';
import { listenForTestEvents } from '@/lib/worker/test-hooks';
import { welcomeOnce } from '@/lib/worker/welcome';
import { addWorkerWords } from '@/lib/worker/words';

/**
 * The worker only wires browser events to the dispatcher (lib/worker), which feeds the break
 * engine (lib/engine) and is the only writer of Tend's data. Listeners are registered
 * synchronously at start, as MV3 requires for events to wake a stopped worker.
 */
export default defineBackground({
  // Firefox (MV2): an event page, unloaded when idle like Chrome's service worker.
  persistent: false,
  main() {
    // The browser's language until the first step reads the user's choice (lib/i18n picks it).
    addWorkerWords(currentLocale());
    const dispatcher = createDispatcher({ library: allExercises });
    const { dispatch, enqueue } = dispatcher;
    const route = createIntentRouter(dispatcher);
    if (__TEND_TEST_BUILD__) listenForTestEvents(dispatcher);

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === WAKE_ALARM) void dispatch({ type: 'tick' });
    });

    browser.idle.onStateChanged.addListener((state) => {
      void dispatch({ type: 'presence', state: state as PresenceState });
    });

    /** The nudge's id names its cycle: a click on an old one acts on nothing. */
    const nudgeCycle = (id: string) =>
      id.startsWith(NUDGE_PREFIX) ? Number(id.slice(NUDGE_PREFIX.length)) : Number.NaN;
    browser.notifications.onClicked.addListener((id) => {
      const cycle = nudgeCycle(id);
      if (Number.isInteger(cycle))
        void dispatch({ type: 'start-break', source: 'notification', cycle });
    });
    // Chrome only: Firefox defines the event but does not implement it, and warns if used.
    if (notificationsHaveButtons()) {
      browser.notifications.onButtonClicked.addListener((id, index) => {
        const cycle = nudgeCycle(id);
        if (!Number.isInteger(cycle)) return;
        void dispatch(
          index === 0
            ? { type: 'start-break', source: 'notification', cycle }
            : { type: 'snooze', cycle },
        );
      });
    }

    // The keyboard shortcut for a break now (wxt.config.ts): like a click on the nudge, with
    // nothing of Tend's open, so the exercise opens. It acts on the current cycle.
    browser.commands.onCommand.addListener((command) => {
      if (command === TAKE_BREAK_COMMAND)
        void dispatch({ type: 'start-break', source: 'notification' });
    });

    // The welcome page greets a new user once: never on an update or a browser restart.
    browser.runtime.onInstalled.addListener(({ reason }) => {
      if (reason === 'install') void enqueue(() => welcomeOnce(Date.now()));
    });

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isIntentMessage(message)) return undefined;
      return route(message);
    });
    // Intents whose reply no page waits for (lib/protocol.ts: post).
    browser.runtime.onConnect.addListener((port) => {
      if (port.name !== POSTED_INTENTS) return;
      port.onMessage.addListener((message: unknown) => {
        if (isIntentMessage(message)) void route(message);
      });
    });

    // The worker writes settings itself (and then reschedules in the same step); a change
    // written by anything else is picked up here, and one from another of the user's
    // browsers arrives through sync and is adopted by the settings rule.
    browser.storage.onChanged.addListener((changes, area) => {
      if (area === localSettingsKey.area && changes[localSettingsKey.key]) {
        void dispatcher.localSettingsChanged(changes[localSettingsKey.key]?.newValue);
      } else if (area === syncSettingsKey.area && changes[syncSettingsKey.key]) {
        const synced = changes[syncSettingsKey.key]?.newValue;
        void enqueue(() => adoptSyncedSettings(synced));
      }
    });

    // Every start of the worker (install, update, browser start, or waking after being
    // stopped) weighs the settings copies, re-creates the alarm from stored state and
    // catches up on anything missed.
    void enqueue(async () => {
      const settings = await reconcileSettings();
      const browserStarted = await firstStartThisSession();
      const state = await dispatcher.handle({ type: 'startup', browserStarted }, settings);
      // The idle state may have changed while the worker was stopped; usually it has not,
      // and a wake then costs no second pass through the engine.
      const presence = await browser.idle.queryState(settings.idleThresholdSec);
      if (presence !== state.presence.state) {
        await dispatcher.handle({ type: 'presence', state: presence }, settings);
      }
    });
  },
});
