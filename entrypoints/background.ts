import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import type { PresenceState } from '@/lib/engine/types';
import { rateLatestExercise, repairHistory } from '@/lib/history';
import { type Intent, isIntentMessage } from '@/lib/messages';
import { adoptSyncedSettings, loadSettings } from '@/lib/settings-store';
import { historyItem, SETTINGS_KEY } from '@/lib/storage-items';
import { createDispatcher } from '@/lib/worker/dispatcher';
import { NUDGE_PREFIX, WAKE_ALARM } from '@/lib/worker/effects';
import { notificationsHaveButtons } from '@/lib/worker/notification-buttons';
import { listenForTestEvents } from '@/lib/worker/test-hooks';
import { addWorkerWords } from '@/lib/worker/words';

/**
 * The worker only wires browser events to the break engine (lib/engine) and lets the
 * dispatcher carry out its effects. Listeners are registered synchronously at start, as MV3
 * requires for events to wake a stopped worker.
 */
export default defineBackground({
  // Firefox (MV2): an event page, unloaded when idle like Chrome's service worker.
  persistent: false,
  main() {
    addWorkerWords();
    const dispatcher = createDispatcher();
    const { dispatch, enqueue } = dispatcher;
    if (__TEND_TEST_BUILD__) listenForTestEvents(dispatcher);

    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === WAKE_ALARM) void dispatch({ type: 'tick' });
    });

    browser.idle.onStateChanged.addListener((state) => {
      void dispatch({ type: 'presence', state: state as PresenceState });
    });

    browser.notifications.onClicked.addListener((id) => {
      if (id.startsWith(NUDGE_PREFIX))
        void dispatch({ type: 'start-break', source: 'notification' });
    });
    if (notificationsHaveButtons()) {
      browser.notifications.onButtonClicked.addListener((id, index) => {
        if (!id.startsWith(NUDGE_PREFIX)) return;
        void dispatch(
          index === 0 ? { type: 'start-break', source: 'notification' } : { type: 'snooze' },
        );
      });
    }

    browser.runtime.onMessage.addListener((message: unknown) => {
      if (!isIntentMessage(message)) return undefined;
      return handleIntent(message.intent).then(() => ({ ok: true }));
    });

    // Settings are saved locally (the working copy) and to sync; a change from another of the
    // user's browsers arrives through sync and is adopted locally, which then reschedules.
    browser.storage.onChanged.addListener((changes, area) => {
      const change = changes[SETTINGS_KEY];
      if (!change) return;
      if (area === 'local') void dispatch({ type: 'settings-changed' });
      else if (area === 'sync') void enqueue(() => adoptSyncedSettings(change.newValue));
    });

    // Every start of the worker (install, update, browser start, or waking after being
    // stopped) re-creates the alarm from stored state and catches up on anything missed.
    void dispatch({ type: 'startup' }).then(syncPresence);

    async function handleIntent(intent: Intent): Promise<void> {
      if (intent.type === 'rate-exercise') {
        await enqueue(async () => {
          const { entries } = repairHistory(await historyItem.getValue());
          await historyItem.setValue(rateLatestExercise(entries, intent.helped));
        });
        return;
      }
      await dispatch(intent);
    }

    /** The idle state may have changed while the worker was stopped. */
    async function syncPresence(): Promise<void> {
      const settings = await loadSettings();
      const state = await browser.idle.queryState(settings.idleThresholdSec);
      await dispatch({ type: 'presence', state });
    }
  },
});
