import { isFirefox } from './platform';

/**
 * Whether this browser shows buttons on a notification (Start, Snooze). Chrome does. Firefox
 * does not: it defines `notifications.onButtonClicked` all the same, but never fires it, and
 * adding a listener logs "attempting to use listener … which is unimplemented" on every start
 * of the event page. So the property being there (`?.`) proves nothing; the browser the build
 * is for decides. A function, read when asked, so tests can switch the platform.
 */
export function notificationsHaveButtons(): boolean {
  return !isFirefox;
}
