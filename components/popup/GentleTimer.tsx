import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  /** How long the exercise takes. */
  seconds: number;
  /** The user started the timer (the first time only). */
  onStart?: () => void;
}

type Run =
  | { status: 'idle' }
  | { status: 'running'; endsAt: number }
  | { status: 'paused'; leftMs: number }
  | { status: 'finished' };

const clock = (ms: number) => {
  const total = Math.ceil(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
};

const aboutMinutes = (ms: number) =>
  ms < 60_000 ? t('timerUnderMinute') : t('timerAbout', { minutes: Math.ceil(ms / 60_000) });

/**
 * An optional, pausable timer for the exercise alone (not the break: that is the worker's).
 * It ticks every second on screen but speaks through the live region only when it starts,
 * pauses, crosses a whole minute or ends. With reduced motion the CSS shows only the
 * minute line, which changes once a minute.
 */
export function GentleTimer({ seconds, onStart }: Props) {
  const totalMs = seconds * 1000;
  const [run, setRun] = useState<Run>({ status: 'idle' });
  const [now, setNow] = useState(() => Date.now());
  const [announcement, setAnnouncement] = useState('');
  const lastMinute = useRef(Math.ceil(totalMs / 60_000));
  const started = useRef(false);
  const headingId = useId();

  const leftMs =
    run.status === 'running'
      ? Math.max(0, run.endsAt - now)
      : run.status === 'paused'
        ? run.leftMs
        : run.status === 'finished'
          ? 0
          : totalMs;

  useEffect(() => {
    if (run.status !== 'running') return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [run.status]);

  useEffect(() => {
    if (run.status !== 'running') return;
    if (leftMs <= 0) {
      setRun({ status: 'finished' });
      setAnnouncement(t('timerFinished'));
      return;
    }
    const minute = Math.ceil(leftMs / 60_000);
    if (minute < lastMinute.current) {
      lastMinute.current = minute;
      setAnnouncement(t('timerAbout', { minutes: minute }));
    }
  }, [run.status, leftMs]);

  function toggle() {
    const at = Date.now();
    setNow(at);
    if (run.status === 'running') {
      setRun({ status: 'paused', leftMs: Math.max(0, run.endsAt - at) });
      setAnnouncement(t('timerPaused'));
      return;
    }
    const fromMs = run.status === 'paused' ? run.leftMs : totalMs;
    lastMinute.current = Math.ceil(fromMs / 60_000);
    setRun({ status: 'running', endsAt: at + fromMs });
    setAnnouncement(
      run.status === 'paused' ? aboutMinutes(fromMs) : t('timerStarted', { minutes: seconds / 60 }),
    );
    if (!started.current) {
      started.current = true;
      onStart?.();
    }
  }

  const label =
    run.status === 'running'
      ? t('timerPause')
      : run.status === 'paused'
        ? t('timerContinue')
        : run.status === 'finished'
          ? t('timerAgain')
          : t('timerStart');
  const progress = totalMs > 0 ? 1 - leftMs / totalMs : 1;

  return (
    <section class="timer" aria-labelledby={headingId}>
      <h3 id={headingId} class="small-heading">
        {t('timerHeading')}
      </h3>
      <div class="timer-row">
        <button type="button" class="quiet" onClick={toggle}>
          {label}
        </button>
        <p class="timer-time">
          {run.status === 'finished' ? (
            t('timerFinished')
          ) : (
            <>
              <span class="timer-seconds">{t('timerLeft', { time: clock(leftMs) })}</span>
              <span class="timer-minutes">{aboutMinutes(leftMs)}</span>
            </>
          )}
        </p>
      </div>
      <div class="timer-bar" aria-hidden="true">
        <span style={{ width: `${Math.round(progress * 100)}%` }} />
      </div>
      <p class="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
