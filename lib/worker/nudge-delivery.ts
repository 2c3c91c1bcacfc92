import { type Browser, browser } from '@wxt-dev/browser';
import { t } from '../i18n';
import { type NudgeProblem, nudgeProblemKey } from '../store/nudge-problem';
import { readKey, writeKeys } from './stored';

const TEST_NUDGE_ID = 'tend-test-nudge';

type NotificationOptions = Browser.notifications.NotificationCreateOptions;

/**
 * Whether the browser says its notifications are turned off for Tend. Only Chrome can say
 * (`getPermissionLevel`); Firefox has no such call, and a browser that cannot say is taken
 * at its word when the notification is created.
 */
async function notificationsDenied(): Promise<boolean> {
  const notifications = browser.notifications as typeof browser.notifications & {
    getPermissionLevel?: () => Promise<string>;
  };
  if (typeof notifications.getPermissionLevel !== 'function') return false;
  try {
    return (await notifications.getPermissionLevel()) === 'denied';
  } catch {
    return false;
  }
}

/**
 * Shows a notification, or says why it could not: turned off for the browser, or creating it
 * failed. An operating system's focus mode hides a notification without telling the
 * browser; only the user can see that, which is what the test nudge is for.
 */
export async function notify(
  id: string,
  options: NotificationOptions,
): Promise<NudgeProblem | null> {
  if (await notificationsDenied()) return 'denied';
  try {
    await browser.notifications.create(id, options);
    return null;
  } catch (error) {
    console.warn('Tend: the notification could not be shown', error);
    return 'failed';
  }
}

/** Keeps the pages told: the problem with the last nudge, or null once one was shown. */
export async function recordNudgeProblem(problem: NudgeProblem | null, now: number): Promise<void> {
  if ((await readKey(nudgeProblemKey, now)) !== problem) {
    await writeKeys([[nudgeProblemKey, problem]]);
  }
}

/** "Send a test nudge": a notification that does nothing when clicked, and whether it showed. */
export async function sendTestNudge(now: number): Promise<NudgeProblem | null> {
  await browser.notifications.clear(TEST_NUDGE_ID).catch(() => false);
  const problem = await notify(TEST_NUDGE_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('testNudgeTitle'),
    message: t('testNudgeMessage'),
  });
  await recordNudgeProblem(problem, now);
  return problem;
}
