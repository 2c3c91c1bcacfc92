import { t } from '@/lib/i18n';
import { formatMoment, minutesUntil } from './format-time';

interface Props {
  nextBreakAt: number;
  /** The display clock. */
  now: number;
  onTakeBreak: () => void;
  onExercise: () => void;
}

/** While working: when the next break comes, and a way to take one now. */
export function WorkingStatus({ nextBreakAt, now, onTakeBreak, onExercise }: Props) {
  const minutes = minutesUntil(nextBreakAt, now);
  return (
    <section class="status">
      {/* elementtiming: the bench (npm run bench) checks this is in the popup's first paint. */}
      <h1 tabIndex={-1} data-focus elementtiming="next-break">
        {t('nextBreakAt', { time: formatMoment(nextBreakAt, now) })}
      </h1>
      <p class="lead">
        {minutes <= 1 ? t('nextBreakInUnderMinute') : t('nextBreakIn', { minutes })}
      </p>
      <div class="stack">
        <button type="button" class="primary" onClick={onTakeBreak}>
          {t('takeBreakNow')}
        </button>
        <button type="button" onClick={onExercise}>
          {t('exerciseNow')}
        </button>
      </div>
    </section>
  );
}
