import { useId } from 'preact/hooks';
import type { PauseRequest } from '@/lib/engine/types';
import { t } from '@/lib/i18n';
import { SaidAt } from './TimeInWords';

interface Props {
  /** The display clock, to say when each pause would end. */
  now: number;
  onPause: (request: PauseRequest) => void;
}

const MINUTE = 60_000;

/** Pause choices, each saying when it would end ("until tomorrow" is resolved by the worker). */
export function PauseChoices({ now, onPause }: Props) {
  const headingId = useId();
  const timed = [
    { minutes: 30, label: t('minutesShort', { n: 30 }) },
    { minutes: 60, label: t('pause60') },
  ];
  return (
    <section class="choices" aria-labelledby={headingId}>
      <h2 id={headingId} class="small-heading">
        {t('pauseHeading')}
      </h2>
      <div class="row">
        {timed.map(({ minutes, label }) => (
          <button key={minutes} type="button" onClick={() => onPause({ minutes })}>
            {label}{' '}
            <span class="sub">
              <SaidAt message="pauseEnds" after={minutes * MINUTE} now={now} />
            </span>
          </button>
        ))}
        <button type="button" onClick={() => onPause({ untilTomorrow: true })}>
          {t('pauseTomorrow')}
        </button>
      </div>
    </section>
  );
}
