import { useId } from 'preact/hooks';
import type { Exercise, ExerciseText } from '@/content/types';
import { t } from '@/lib/i18n';
import { ExerciseSteps } from './ExerciseSteps';
import { GentleTimer } from './GentleTimer';
import { SupportLine } from './SupportLine';

interface Props {
  exercise: Exercise;
  text: ExerciseText;
  /** The language of `text` when it differs from the page's (an untranslated exercise). */
  textLang?: string | undefined;
  stepsAtOnce: boolean;
  favourite: boolean;
  /** The user began the exercise (timer or a step): the break is being taken. */
  onEngage: () => void;
  onDone: () => void;
  onAnother: () => void;
  onToggleFavourite: () => void;
  onNotForMe: () => void;
}

/**
 * One exercise: what it is, its steps, a gentle timer, Done, ways to get another, and where
 * to find more support.
 */
export function ExerciseCard({
  exercise,
  text,
  textLang,
  stepsAtOnce,
  favourite,
  onEngage,
  onDone,
  onAnother,
  onToggleFavourite,
  onNotForMe,
}: Props) {
  const titleId = useId();
  const kind = exercise.kind === 'connection' ? t('kindConnection') : t('kindSelfCompassion');
  return (
    <article class={`exercise exercise-${exercise.kind}`} aria-labelledby={titleId}>
      <p class="exercise-meta">
        <span class="kind">{kind}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('minutesShort', { n: exercise.durationSec / 60 })}</span>
      </p>
      <h2 id={titleId} class="exercise-title" tabIndex={-1} data-focus lang={textLang}>
        {text.title}
      </h2>
      <p class="summary" lang={textLang}>
        {text.summary}
      </p>
      <ExerciseSteps
        key={exercise.id}
        steps={text.steps}
        lang={textLang}
        stepSeconds={exercise.stepSeconds}
        atOnce={stepsAtOnce}
        onStep={onEngage}
      />
      {text.soloAlternative ? (
        <p class="aside">
          <strong>{t('soloAlternative')}</strong>{' '}
          <span lang={textLang}>{text.soloAlternative}</span>
        </p>
      ) : null}
      {text.noTouchAlternative ? (
        <p class="aside">
          <strong>{t('noTouchAlternative')}</strong>{' '}
          <span lang={textLang}>{text.noTouchAlternative}</span>
        </p>
      ) : null}
      <GentleTimer key={exercise.id} seconds={exercise.durationSec} onStart={onEngage} />
      {text.exitLine ? (
        <p class="aside">
          <strong>{t('exitLine')}</strong> <span lang={textLang}>{text.exitLine}</span>
        </p>
      ) : null}
      <button type="button" class="primary wide" onClick={onDone}>
        {t('done')}
      </button>
      <div class="row exercise-actions">
        <button type="button" onClick={onAnother}>
          {t('another')}
        </button>
        <button type="button" aria-pressed={favourite} onClick={onToggleFavourite}>
          <span aria-hidden="true" class="star">
            {favourite ? '★' : '☆'}
          </span>{' '}
          {t('favourite')}
        </button>
        <button type="button" onClick={onNotForMe}>
          {t('notForMe')}
        </button>
      </div>
      <SupportLine />
    </article>
  );
}
