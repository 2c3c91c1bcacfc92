import type { ComponentChild } from 'preact';
import type { MessageKey } from '@/content/locales/messages';
import { t } from '@/lib/i18n';
import { minutesUntil } from './clock-math';
import { formatMoment } from './format-time';

/**
 * Sentences with a time in them ("Next break at 14:35", "in 23 min"). The time is an element
 * of its own, marked with what it was written from, so the popup's kept first frame
 * (frame-cache.ts) can write it anew for the moment it is shown again.
 */

/** `key`'s words with `node` in place of the placeholder `{name}` (`text` if not once there). */
function fill(key: MessageKey, name: string, text: string, node: ComponentChild) {
  const parts = t(key, { [name]: '\u0000' }).split('\u0000');
  if (parts.length !== 2) return t(key, { [name]: text });
  return (
    <>
      {parts[0] || null}
      {node}
      {parts[1] || null}
    </>
  );
}

interface MomentProps {
  message: MessageKey;
  /** The moment: a time, or (`after`) so many ms from `now`, as a pause's end. */
  at?: number;
  after?: number;
  now: number;
}

/** `message` with its `{time}` written as a time of day. */
export function SaidAt({ message, at, after = 0, now }: MomentProps) {
  const time = formatMoment(at ?? now + after, now);
  const node = (
    <time data-at={at} data-after={at === undefined ? after : undefined}>
      {time}
    </time>
  );
  return fill(message, 'time', time, node);
}

/** `message` with its `{minutes}` counting down to `until`. */
export function SaidMinutesTo({
  message,
  until,
  now,
}: {
  message: MessageKey;
  until: number;
  now: number;
}) {
  const minutes = String(minutesUntil(until, now));
  return fill(message, 'minutes', minutes, <span data-until={until}>{minutes}</span>);
}
