import type { ComponentChildren } from 'preact';
import type { MessageKey } from '@/content/locales/messages';
import { t } from '@/lib/i18n';
import { SaidAt } from './TimeInWords';

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
  const at = (message: MessageKey) => <SaidAt message={message} at={until ?? 0} now={now} />;
  let heading: string;
  /** Each line with a key of its own, as lines come and go with the phase. */
  const lines: [MessageKey, ComponentChildren][] = [];
  if (phase === 'paused') {
    heading = t('pausedHeading');
    if (until !== null) lines.push(['pausedUntil', at('pausedUntil')]);
  } else if (phase === 'off-hours') {
    heading = t('offHoursHeading');
    const line = until === null ? 'offHoursNoEnd' : 'offHoursUntil';
    lines.push([line, until === null ? t(line) : at(line)]);
  } else {
    heading = t('deferredHeading');
    const why = soundToo ? 'deferredWhyOrSound' : 'deferredWhy';
    lines.push([why, t(why)]);
    if (until !== null) lines.push(['deferredUntil', at('deferredUntil')]);
  }

  return (
    <section class="status">
      <h1 tabIndex={-1} data-focus>
        {heading}
      </h1>
      {lines.map(([key, line]) => (
        <p key={key} class="lead">
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
