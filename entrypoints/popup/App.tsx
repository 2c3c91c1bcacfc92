// The browser's own API, not the polyfill (see popup-data.ts).
import { browser } from '@wxt-dev/browser';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/hooks/use-now';
import { BreakHeader } from '@/components/popup/BreakHeader';
import { ExerciseCard } from '@/components/popup/ExerciseCard';
import { localDay } from '@/components/popup/format-time';
import { PauseChoices } from '@/components/popup/PauseChoices';
import { QuietStatus } from '@/components/popup/QuietStatus';
import { SnoozeChoices } from '@/components/popup/SnoozeChoices';
import { WorkingStatus } from '@/components/popup/WorkingStatus';
import { snoozeLeftOn } from '@/lib/engine/snooze-cap';
import { currentLocale, t } from '@/lib/i18n';
import { IntentError, send } from '@/lib/protocol';
import type { ExerciseShape } from '@/lib/store/current-exercise';
import { useExerciseSession } from './exercise-session';
import { exerciseTextIn, type TextSource, useExerciseText } from './exercise-text';
import { openPopupStore, type PopupData, type PopupStore, usePopupData } from './popup-data';

const SNOOZE_CHOICES = [5, 10, 15] as const;

/**
 * The thank-you after Done is never in the first frame, so it is its own chunk (the popup's
 * size budget), fetched as soon as an exercise is on screen: ready before Done is clicked.
 */
let afterDone: typeof import('@/components/popup/AfterDone') | undefined;
const loadAfterDone = () =>
  import('@/components/popup/AfterDone').then((module) => {
    afterDone = module;
  });

interface Props {
  /** The popup's storage view, opened before the first render (main.tsx); else opened here. */
  store?: PopupStore;
  /** Opened by the worker as a small window (`?view=window`): adds a Close button. */
  windowed?: boolean;
  /** Where an exercise's words come from (tests pass their own). */
  textFor?: TextSource;
}

/**
 * What the popup shows. `auto` follows the worker's phase; `exercise` keeps an exercise the
 * user opened or began on screen even when the break ends meanwhile, pinned to the cycle it
 * was chosen for; `after` is the thank-you after Done.
 */
type Mode =
  | { kind: 'auto' }
  | { kind: 'exercise'; cycle: number }
  /** After Done: `entry` is where the exercise was recorded, for "Did this help?". */
  | {
      kind: 'after';
      helped: boolean | null;
      entry: { at: number; exerciseId: string } | null;
    };

export function App(props: Props) {
  const [ownStore] = useState(() => props.store ?? openPopupStore());
  useEffect(() => (props.store ? undefined : () => ownStore.close()), [ownStore, props.store]);
  const data = usePopupData(ownStore);
  if (data === undefined) {
    return (
      <Frame windowed={props.windowed} viewKey="loading">
        <Loading />
      </Frame>
    );
  }
  return <Popup {...props} data={data} />;
}

function Popup({
  data,
  windowed,
  textFor = exerciseTextIn(currentLocale()),
}: Props & { data: PopupData }) {
  const { engine, settings } = data;
  const now = useNow(5_000);
  const [mode, setMode] = useState<Mode>({ kind: 'auto' });
  /** A short word in the status line: a failed send, or "you will not see that one again". */
  const [notice, setNotice] = useState<string | null>(null);
  /** An intent is under way: buttons show it, and a second click waits for the first. */
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const phase = engine?.phase;
  const cycle = engine?.cycle ?? 0;
  /** Today's snoozes are not used up (the day by the browser's own clock, not Intl's). */
  const snoozeLeft =
    engine !== null && snoozeLeftOn(engine, settings.snoozeDailyCap, localDay(now));

  // A running break is the user's own choice: its exercise stays on screen when it ends.
  useEffect(() => {
    if (mode.kind === 'auto' && phase === 'on-break') setMode({ kind: 'exercise', cycle });
  }, [mode.kind, phase, cycle]);

  const showExercise =
    mode.kind === 'exercise' || (mode.kind === 'auto' && (phase === 'due' || phase === 'on-break'));
  /**
   * Runs one intent at a time: while one is under way, buttons say so and further clicks are
   * ignored (the worker would find them repeats anyway). The view then follows the stored
   * state the worker writes. Resolves undefined when the worker refused or did not answer.
   */
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    if (inFlight.current) return undefined;
    inFlight.current = true;
    setBusy(true);
    try {
      const value = await action();
      setNotice(null);
      return value;
    } catch (error) {
      console.error('Tend: the worker did not take the request', error);
      setNotice(error instanceof IntentError ? error.message : t('sendFailed'));
      return undefined;
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }

  const exerciseCycle = mode.kind === 'exercise' ? mode.cycle : cycle;
  const session = useExerciseSession({
    active: showExercise,
    cycle: exerciseCycle,
    data,
    busy,
    run,
  });
  const words = useExerciseText(session.exercise?.id ?? undefined, textFor);
  const [, afterDoneLoaded] = useState(false);
  useEffect(() => {
    if ((showExercise || mode.kind === 'after') && !afterDone) {
      void loadAfterDone().then(() => afterDoneLoaded(true));
    }
  }, [showExercise, mode.kind]);

  const openExercise = () => setMode({ kind: 'exercise', cycle });
  const takeBreak = () => {
    openExercise();
    void run(() => send('start-break', { cycle }));
  };
  /** Beginning the exercise of a due break is taking the break. */
  const engage = () => {
    if (mode.kind !== 'exercise') openExercise();
    if (phase === 'due') void run(() => send('start-break', { cycle }));
  };
  const snooze = (minutes: number) => {
    setMode({ kind: 'auto' });
    void run(() => send('snooze', { cycle, minutes }));
  };

  async function done(exercise: ExerciseShape) {
    const recorded = await run(() =>
      send('finish-break', { cycle: exerciseCycle, exerciseId: exercise.id, completed: true }),
    );
    if (recorded === undefined) return;
    setMode({
      kind: 'after',
      helped: null,
      entry: recorded && { at: recorded.at, exerciseId: exercise.id },
    });
  }

  let viewKey: string;
  let body: ComponentChildren;

  if (mode.kind === 'after') {
    const AfterDone = afterDone?.AfterDone;
    viewKey = `after:${AfterDone ? 'ready' : 'loading'}`;
    body = AfterDone ? (
      <AfterDone
        helped={mode.helped}
        onAnswer={(helped) => {
          const { entry } = mode;
          setMode({ ...mode, helped });
          if (entry) void run(() => send('rate-exercise', { ...entry, helped }));
        }}
        onBack={() => setMode({ kind: 'auto' })}
      />
    ) : (
      <Loading />
    );
  } else if (showExercise) {
    const exercise = session.exercise;
    // Focus moves to the title once its words are there (they may load a moment later).
    viewKey = `exercise:${exercise?.id ?? exercise}:${words ? 'ready' : 'loading'}`;
    body = (
      <>
        <BreakHeader
          kind={phase === 'due' || phase === 'on-break' ? phase : 'free'}
          endsAt={engine?.breakEndsAt}
          long={engine?.longBreak}
          now={now}
        />
        {exercise === undefined ? (
          <Loading />
        ) : exercise && words ? (
          <ExerciseCard
            exercise={exercise}
            text={words.text}
            textLang={words.lang === currentLocale() ? undefined : words.lang}
            stepsAtOnce={settings.stepsAtOnce}
            favourite={session.favourite}
            onEngage={engage}
            onDone={() => void done(exercise)}
            onAnother={() => {
              setNotice(null);
              void session.another();
            }}
            onToggleFavourite={() => void session.toggleFavourite()}
            onNotForMe={() => {
              void session.notForMe().then((noted) => {
                if (noted) setNotice(t('notForMeNoted'));
              });
            }}
          />
        ) : exercise && words === undefined ? (
          <Loading />
        ) : exercise ? (
          <section class="status">
            <p class="lead" tabIndex={-1} data-focus>
              {t('wordsMissing')}
            </p>
            <button type="button" onClick={() => void session.another()}>
              {t('another')}
            </button>
          </section>
        ) : (
          <p class="lead" tabIndex={-1} data-focus>
            {t('noExercise')}
          </p>
        )}
        {phase === 'due' && engine ? (
          <SnoozeChoices choices={SNOOZE_CHOICES} available={snoozeLeft} onSnooze={snooze} quiet>
            <button
              type="button"
              class="quiet"
              onClick={() => {
                setMode({ kind: 'auto' });
                void run(() => send('skip', { cycle }));
              }}
            >
              {t('skipBreak')}
            </button>
          </SnoozeChoices>
        ) : null}
      </>
    );
  } else if (engine === null) {
    viewKey = 'not-started';
    body = (
      <section class="status">
        <p class="lead" tabIndex={-1} data-focus>
          {t('notStarted')}
        </p>
        <button type="button" onClick={openExercise}>
          {t('exerciseNow')}
        </button>
      </section>
    );
  } else if (engine.phase === 'working') {
    viewKey = 'working';
    body = (
      <>
        <WorkingStatus
          nextBreakAt={engine.nextBreakAt}
          now={now}
          onTakeBreak={takeBreak}
          onExercise={openExercise}
        />
        <SnoozeChoices choices={SNOOZE_CHOICES} available={snoozeLeft} onSnooze={snooze} />
        <PauseChoices now={now} onPause={(request) => void run(() => send('pause', { request }))} />
      </>
    );
  } else {
    const quiet =
      engine.phase === 'paused' || engine.phase === 'off-hours' ? engine.phase : 'deferred';
    viewKey = `quiet:${quiet}`;
    const until =
      quiet === 'paused'
        ? engine.pausedUntil
        : quiet === 'off-hours'
          ? engine.offHoursUntil
          : engine.deferredSince === null
            ? null
            : engine.deferredSince + settings.deferCapSec * 1000;
    body = (
      <>
        <QuietStatus
          phase={quiet}
          until={until}
          soundToo={settings.deferWhileAudible}
          now={now}
          onResume={() => void run(() => send('resume', {}))}
          onTakeBreak={takeBreak}
          onExercise={openExercise}
        />
        {quiet === 'deferred' ? (
          <SnoozeChoices choices={SNOOZE_CHOICES} available={snoozeLeft} onSnooze={snooze} />
        ) : null}
      </>
    );
  }

  return (
    <Frame
      windowed={windowed}
      viewKey={viewKey}
      notice={notice}
      busy={busy}
      nudgeProblem={data.nudgeProblem !== null && mode.kind !== 'after'}
    >
      {body}
    </Frame>
  );
}

/**
 * Words still loading. Marked, as such a frame is never kept for the next popup (main.tsx):
 * the kept first frame shows the real state only.
 */
function Loading() {
  return (
    <p class="lead" data-loading>
      {t('loading')}
    </p>
  );
}

interface FrameProps {
  windowed?: boolean | undefined;
  /** Changes when the view changes: focus then moves to the new view's heading. */
  viewKey: string;
  notice?: string | null;
  /** An intent is under way. */
  busy?: boolean;
  /** Nudges cannot be shown as notifications: say so, quietly, instead of failing silently. */
  nudgeProblem?: boolean;
  children: ComponentChildren;
}

function Frame({
  windowed,
  viewKey,
  notice,
  busy = false,
  nudgeProblem = false,
  children,
}: FrameProps) {
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.querySelector<HTMLElement>('[data-focus]')?.focus();
  }, [viewKey]);
  return (
    <>
      <main ref={main} aria-busy={busy} class={busy ? 'busy' : undefined}>
        <p class="notice" role="status">
          {notice ?? ''}
        </p>
        {children}
        {nudgeProblem ? <p class="note nudge-problem">{t('nudgeProblemPopup')}</p> : null}
      </main>
      <footer class="footer">
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
        {windowed ? (
          <button type="button" onClick={() => window.close()}>
            {t('close')}
          </button>
        ) : null}
      </footer>
    </>
  );
}
