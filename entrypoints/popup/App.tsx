// The browser's own API, not the polyfill (see popup-data.ts).
import { browser } from '@wxt-dev/browser';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useNow } from '@/components/hooks/use-now';
import { AfterDone } from '@/components/popup/AfterDone';
import { BreakHeader } from '@/components/popup/BreakHeader';
import { ExerciseCard } from '@/components/popup/ExerciseCard';
import { PauseChoices } from '@/components/popup/PauseChoices';
import { QuietStatus } from '@/components/popup/QuietStatus';
import { SnoozeChoices } from '@/components/popup/SnoozeChoices';
import { WorkingStatus } from '@/components/popup/WorkingStatus';
import { exercises } from '@/content/library/index';
import type { Exercise } from '@/content/types';
import { canSnooze } from '@/lib/engine/snooze-cap';
import { currentLocale, t } from '@/lib/i18n';
import { type Intent, sendIntent } from '@/lib/messages';
import { useExerciseSession } from './exercise-session';
import { exerciseTextIn, type TextSource, useExerciseText } from './exercise-text';
import { openPopupStore, type PopupData, type PopupStore, usePopupData } from './popup-data';

const SNOOZE_CHOICES = [5, 10, 15] as const;

interface Props {
  /** The popup's storage view, opened before the first render (main.tsx); else opened here. */
  store?: PopupStore;
  /** Opened by the worker as a small window (`?view=window`): adds a Close button. */
  windowed?: boolean;
  /** The exercise library and its words (tests pass a small one). */
  library?: readonly Exercise[];
  textFor?: TextSource;
  random?: () => number;
}

/**
 * What the popup shows. `auto` follows the worker's phase; `exercise` keeps an exercise the
 * user opened or began on screen even when the break ends meanwhile, pinned to the cycle it
 * was chosen for; `after` is the thank-you after Done.
 */
type Mode =
  | { kind: 'auto' }
  | { kind: 'exercise'; cycle: number }
  | { kind: 'after'; helped: boolean | null };

export function App(props: Props) {
  const [ownStore] = useState(() => props.store ?? openPopupStore());
  useEffect(() => (props.store ? undefined : () => ownStore.close()), [ownStore, props.store]);
  const data = usePopupData(ownStore);
  if (data === undefined) {
    return (
      <Frame windowed={props.windowed} viewKey="loading">
        <p class="lead">{t('loading')}</p>
      </Frame>
    );
  }
  return <Popup {...props} data={data} />;
}

function Popup({
  data,
  windowed,
  library = exercises,
  textFor = exerciseTextIn(currentLocale()),
  random,
}: Props & { data: PopupData }) {
  const { engine, settings } = data;
  const now = useNow(5_000);
  const [mode, setMode] = useState<Mode>({ kind: 'auto' });
  /** A short word in the status line: a failed send, or "you will not see that one again". */
  const [notice, setNotice] = useState<string | null>(null);
  const phase = engine?.phase;
  const cycle = engine?.cycle ?? 0;

  // A running break is the user's own choice: its exercise stays on screen when it ends.
  useEffect(() => {
    if (mode.kind === 'auto' && phase === 'on-break') setMode({ kind: 'exercise', cycle });
  }, [mode.kind, phase, cycle]);

  const showExercise =
    mode.kind === 'exercise' || (mode.kind === 'auto' && (phase === 'due' || phase === 'on-break'));
  const session = useExerciseSession({
    active: showExercise,
    cycle: mode.kind === 'exercise' ? mode.cycle : cycle,
    settings,
    data,
    library,
    random,
  });
  const words = useExerciseText(session.exercise?.id, textFor);

  /** Sends intents; the view then follows the stored state the worker writes. */
  async function send(...intents: Intent[]): Promise<boolean> {
    try {
      for (const intent of intents) await sendIntent(intent);
      setNotice(null);
      return true;
    } catch (error) {
      console.error('Tend: the worker did not take the intent', error);
      setNotice(t('sendFailed'));
      return false;
    }
  }

  const openExercise = () => setMode({ kind: 'exercise', cycle });
  const takeBreak = () => {
    openExercise();
    void send({ type: 'start-break', source: 'popup' });
  };
  /** Beginning the exercise of a due break is taking the break. */
  const engage = () => {
    if (mode.kind !== 'exercise') openExercise();
    if (phase === 'due') void send({ type: 'start-break', source: 'popup' });
  };
  const snooze = (minutes: number) => {
    setMode({ kind: 'auto' });
    void send({ type: 'snooze', minutes });
  };

  async function done(exercise: Exercise) {
    const intents: Intent[] = [];
    if (phase === 'due' || phase === 'deferred') {
      intents.push({ type: 'start-break', source: 'popup' });
    }
    intents.push({
      type: 'finish-break',
      exerciseId: exercise.id,
      exerciseKind: exercise.kind,
      completed: true,
    });
    if (!(await send(...intents))) return;
    await session.finish();
    setMode({ kind: 'after', helped: null });
  }

  let viewKey: string;
  let body: ComponentChildren;

  if (mode.kind === 'after') {
    viewKey = 'after';
    body = (
      <AfterDone
        helped={mode.helped}
        onAnswer={(helped) => {
          setMode({ kind: 'after', helped });
          void send({ type: 'rate-exercise', helped });
        }}
        onBack={() => setMode({ kind: 'auto' })}
      />
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
          now={now}
        />
        {exercise && words ? (
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
              setNotice(t('notForMeNoted'));
              void session.notForMe();
            }}
          />
        ) : exercise && words === undefined ? (
          <p class="lead">{t('loading')}</p>
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
          <div class="not-now">
            <SnoozeChoices
              choices={SNOOZE_CHOICES}
              available={canSnooze(engine, { now, settings, timeZone: localTimeZone() })}
              onSnooze={snooze}
            />
            <button
              type="button"
              class="wide"
              onClick={() => {
                setMode({ kind: 'auto' });
                void send({ type: 'skip' });
              }}
            >
              {t('skipBreak')}
            </button>
          </div>
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
        <SnoozeChoices
          choices={SNOOZE_CHOICES}
          available={canSnooze(engine, { now, settings, timeZone: localTimeZone() })}
          onSnooze={snooze}
        />
        <PauseChoices now={now} onPause={(request) => void send({ type: 'pause', request })} />
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
          onResume={() => void send({ type: 'resume' })}
          onTakeBreak={takeBreak}
          onExercise={openExercise}
        />
        {quiet === 'deferred' ? (
          <SnoozeChoices
            choices={SNOOZE_CHOICES}
            available={canSnooze(engine, { now, settings, timeZone: localTimeZone() })}
            onSnooze={snooze}
          />
        ) : null}
      </>
    );
  }

  return (
    <Frame windowed={windowed} viewKey={viewKey} notice={notice}>
      {body}
    </Frame>
  );
}

function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

interface FrameProps {
  windowed?: boolean | undefined;
  /** Changes when the view changes: focus then moves to the new view's heading. */
  viewKey: string;
  notice?: string | null;
  children: ComponentChildren;
}

function Frame({ windowed, viewKey, notice, children }: FrameProps) {
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    main.current?.querySelector<HTMLElement>('[data-focus]')?.focus();
  }, [viewKey]);
  return (
    <>
      <main ref={main}>
        <p class="notice" role="status">
          {notice ?? ''}
        </p>
        {children}
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
