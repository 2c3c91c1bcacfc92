import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  /** The choices offered, in minutes. */
  choices: readonly number[];
  /** False once today's snoozes are used up. */
  available: boolean;
  onSnooze: (minutes: number) => void;
  /** During a break: a quiet "Not now" row, never the loudest thing on screen. */
  quiet?: boolean;
  /** More quiet choices in the same row (Skip, during a break). */
  children?: ComponentChildren;
}

/**
 * Snooze choices. Once the daily cap is used they stay visible but greyed, with a kind word
 * why; aria-disabled keeps them focusable, so focus is not lost from a just-pressed button.
 */
export function SnoozeChoices({ choices, available, onSnooze, quiet = false, children }: Props) {
  const headingId = useId();
  const noteId = useId();
  return (
    <section class={quiet ? 'choices not-now' : 'choices'} aria-labelledby={headingId}>
      <h2 id={headingId} class="small-heading">
        {quiet ? t('notNow') : t('snoozeHeading')}
      </h2>
      <div class="row">
        {choices.map((minutes) => (
          <button
            key={minutes}
            type="button"
            class={quiet ? 'quiet' : undefined}
            aria-disabled={available ? undefined : 'true'}
            aria-describedby={available ? undefined : noteId}
            onClick={() => {
              if (available) onSnooze(minutes);
            }}
          >
            {/* Heard as "Snooze 5 min"; the visible words stay part of the name. */}
            <span class="visually-hidden">{t('snoozeFor')} </span>
            {t('minutesShort', { n: minutes })}
          </button>
        ))}
        {children}
      </div>
      {available ? null : (
        <p id={noteId} class="note">
          {t('snoozeCapUsed')}
        </p>
      )}
    </section>
  );
}
