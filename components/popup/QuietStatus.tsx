import { t } from '@/lib/i18n';
import { formatMoment } from './format-time';

export type QuietPhase = 'paused' | 'off-hours' | 'deferred';

interface Props {
  phase: QuietPhase;
  /** When the quiet ends (deferred: at the latest); null when not known. */
  until: number | null;
  /** Deferred: sound playing can hold the break too, not only full screen. */
  soundToo?: boolean;
  now: number;
  onResume: () => void;
  onTakeBreak: () => void;
  onExercise: () => void;
}

/** Why no break is coming, until when, and what can be done meanwhile. */
export function QuietStatus({
  phase,
  until,
  soundToo = false,
  now,
  onResume,
  onTakeBreak,
  onExercise,
}: Props) {
  const time = until === null ? '' : formatMoment(until, now);
  let heading: string;
  const lines: string[] = [];
  if (phase === 'paused') {
    heading = t('pausedHeading');
    if (until !== null) lines.push(t('pausedUntil', { time }));
  } else if (phase === 'off-hours') {
    heading = t('offHoursHeading');
    lines.push(until === null ? t('offHoursNoEnd') : t('offHoursUntil', { time }));
  } else {
    heading = t('deferredHeading');
    lines.push(soundToo ? t('deferredWhyOrSound') : t('deferredWhy'));
    if (until !== null) lines.push(t('deferredUntil', { time }));
  }

  return (
    <section class="status">
      <h1 tabIndex={-1} data-focus>
        {heading}
      </h1>
      {lines.map((line) => (
        <p key={line} class="lead">
          {line}
        </p>
      ))}
      <div class="stack">
        {phase === 'paused' ? (
          <button type="button" class="primary" onClick={onResume}>
            {t('resume')}
          </button>
        ) : null}
        {phase === 'deferred' ? (
          <button type="button" class="primary" onClick={onTakeBreak}>
            {t('takeBreakNow')}
          </button>
        ) : null}
        <button type="button" onClick={onExercise}>
          {t('exerciseNow')}
        </button>
      </div>
    </section>
  );
}
