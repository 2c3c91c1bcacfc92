import { browser } from '@wxt-dev/browser';
import type { BadgeTone, Effect, HistoryEntry } from '../engine/types';
import { appendEntry, attachExercise } from '../history';
import { t } from '../i18n';
import { historyKey } from '../store/history';
import type { NudgeProblem } from '../store/nudge-problem';
import { notificationsHaveButtons } from './notification-buttons';
import { notify, recordNudgeProblem } from './nudge-delivery';
import { openExercise } from './open-exercise';
import { isFirefox } from './platform';
import { playSoftSound } from './sound';
import { readKey, writeKeys } from './stored';
import { toolbarAction } from './toolbar-action';

export const WAKE_ALARM = 'tend-wake';
export const NUDGE_PREFIX = 'tend-nudge-';
/** Its own prefix: clearing the nudges never takes the heads-up, nor the other way round. */
export const HEADS_UP_PREFIX = 'tend-heads-up-';

/** Calm colours: a quiet green while counting, a warm amber when a break is due. */
const BADGE_COLOURS: Record<BadgeTone, string> = {
  counting: '#2f6f5e',
  due: '#b3541e',
  break: '#3b5b9a',
  quiet: '#6b7280',
};

/**
 * Carries out the engine's effects, in order. One failing effect does not stop the rest.
 * History is written once for all of an event's records; `offer` chooses an exercise.
 */
export async function runEffects(
  effects: Effect[],
  now: number,
  offer: (cycle: number, long: boolean) => Promise<unknown>,
): Promise<void> {
  const records: Effect[] = [];
  for (const effect of effects) {
    if (effect.type === 'record' || effect.type === 'record-exercise') {
      records.push(effect);
      continue;
    }
    if (effect.type === 'offer-exercise') {
      await offer(effect.cycle, effect.long).catch((error: unknown) =>
        console.warn('Tend: choosing an exercise failed', error),
      );
      continue;
    }
    try {
      await runEffect(effect, now);
    } catch (error) {
      console.warn(`Tend: effect ${effect.type} failed`, error);
    }
  }
  if (records.length > 0) await recordHistory(records, now);
}

async function runEffect(effect: Effect, now: number): Promise<void> {
  switch (effect.type) {
    case 'schedule-wake':
      // Re-created on every event: alarms do not survive a Firefox restart, and Chrome may
      // drop them; one named alarm is replaced rather than added to.
      await browser.alarms.create(WAKE_ALARM, { when: effect.at });
      return;
    case 'set-badge': {
      const action = toolbarAction();
      const text =
        effect.tone === 'due'
          ? t('badgeDue')
          : effect.minutes === null
            ? ''
            : t('badgeMinutes', { n: effect.minutes });
      await action.setBadgeText({ text });
      await action.setBadgeBackgroundColor({ color: BADGE_COLOURS[effect.tone] });
      return;
    }
    case 'show-nudge':
      // A nudge that cannot be shown leaves the badge's "now" as the only sign; the pages
      // say why from the stored problem instead of the nudge failing silently.
      await recordNudgeProblem(
        await showNudge(effect.cycle, effect.sound, effect.canSnooze, effect.long),
        now,
      );
      return;
    case 'clear-nudge':
      await clearNudges();
      return;
    case 'show-heads-up':
      await showHeadsUp(effect.cycle, effect.at, now);
      return;
    case 'clear-heads-up':
      await browser.notifications.clear(`${HEADS_UP_PREFIX}${effect.cycle}`);
      return;
    case 'open-exercise':
      await openExercise();
      return;
    case 'set-idle-threshold':
      browser.idle.setDetectionInterval(effect.seconds);
      return;
    case 'record':
    case 'record-exercise':
    case 'offer-exercise':
      return;
  }
}

async function showNudge(
  cycle: number,
  sound: boolean,
  canSnooze: boolean,
  long: boolean,
): Promise<NudgeProblem | null> {
  const base = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t(long ? 'nudgeTitleLong' : 'nudgeTitle'),
  };
  if (sound) {
    // The chime is ours, so the system's own notification sound is always silenced.
    playSoftSound().catch((error: unknown) => console.warn('Tend: chime failed', error));
  }
  if (!notificationsHaveButtons()) {
    // Firefox notifications have no buttons: a click on the notification opens the exercise.
    return notify(`${NUDGE_PREFIX}${cycle}`, { ...base, message: t('nudgeMessageFirefox') });
  }
  const buttons = [{ title: t('nudgeStart') }];
  if (canSnooze) buttons.push({ title: t('nudgeSnooze') });
  return notify(`${NUDGE_PREFIX}${cycle}`, {
    ...base,
    message: t('nudgeMessage'),
    buttons,
    silent: true,
  });
}

/** A quiet notice before the break: no sound, no buttons, not the break's nudge. */
async function showHeadsUp(cycle: number, at: number, now: number): Promise<void> {
  const seconds = Math.max(0, Math.round((at - now) / 1000));
  const message =
    seconds < 90
      ? t('headsUpMessageSeconds', { n: seconds })
      : t('headsUpMessage', { n: Math.round(seconds / 60) });
  await browser.notifications.create(`${HEADS_UP_PREFIX}${cycle}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('headsUpTitle'),
    message,
    // Firefox's notifications have no `silent` option (and make no sound of their own).
    ...(isFirefox ? {} : { silent: true }),
  });
}

async function clearNudges(): Promise<void> {
  const open = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(open)
      .filter((id) => id.startsWith(NUDGE_PREFIX))
      .map((id) => browser.notifications.clear(id)),
  );
}

async function recordHistory(records: Effect[], now: number): Promise<void> {
  let entries: HistoryEntry[] = await readKey(historyKey, now);
  for (const effect of records) {
    if (effect.type === 'record') entries = appendEntry(entries, effect.entry, now);
    else if (effect.type === 'record-exercise')
      entries = attachExercise(entries, effect.entry, now);
  }
  await writeKeys([[historyKey, entries]]);
}
