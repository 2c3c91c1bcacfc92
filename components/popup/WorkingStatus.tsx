import { t } from '@/lib/i18n';
import { minutesUntil } from './clock-math';
import { SaidAt, SaidMinutesTo } from './TimeInWords';

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
        <SaidAt message="nextBreakAt" at={nextBreakAt} now={now} />
      </h1>
      <p class="lead">
        {minutes <= 1 ? (
          t('nextBreakInUnderMinute')
        ) : (
          <SaidMinutesTo message="nextBreakIn" until={nextBreakAt} now={now} />
        )}
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
