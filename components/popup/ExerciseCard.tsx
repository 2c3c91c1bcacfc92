import { useId, useState } from 'preact/hooks';
import type { ExerciseText } from '@/content/types';
import { t } from '@/lib/i18n';
import type { ExerciseShape } from '@/lib/store/current-exercise';
import { ExerciseSteps } from './ExerciseSteps';
import { GentleTimer } from './GentleTimer';
import { SupportLine } from './SupportLine';

interface Props {
  exercise: ExerciseShape;
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
 * One exercise, calm by design: the title and one step in large type are the hero, with one
 * primary action at a time (Next step, then Done on the last step); Back and an early Done
 * are quiet; other ways to do it fold away; Another / Favourite / Not for me sit in a quiet
 * row below, and help is one click away at the bottom.
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
  const [index, setIndex] = useState(0);
  const kind = exercise.kind === 'connection' ? t('kindConnection') : t('kindSelfCompassion');
  const last = text.steps.length - 1;
  const atEnd = stepsAtOnce || index >= last;
  const go = (to: number) => {
    if (to < 0 || to > last || to === index) return;
    setIndex(to);
    onEngage();
  };
  const alternatives = [
    text.soloAlternative ? [t('soloAlternative'), text.soloAlternative] : null,
    text.noTouchAlternative ? [t('noTouchAlternative'), text.noTouchAlternative] : null,
  ].filter((a) => a !== null);

  return (
    <article class={`exercise exercise-${exercise.kind}`} aria-labelledby={titleId}>
      <p class="exercise-meta">
        <span class="kind">{kind}</span>
        <span aria-hidden="true"> · </span>
        <span>{t('minutesShort', { n: exercise.durationSec / 60 })}</span>
      </p>
      <h2
        id={titleId}
        class="exercise-title"
        tabIndex={-1}
        data-focus
        lang={textLang}
        elementtiming="exercise-title"
      >
        {text.title}
      </h2>
      {index === 0 ? (
        <p class="summary" lang={textLang}>
          {text.summary}
        </p>
      ) : null}
      <ExerciseSteps
        key={exercise.id}
        steps={text.steps}
        index={index}
        lang={textLang}
        stepSeconds={exercise.stepSeconds}
        atOnce={stepsAtOnce}
      />
      {atEnd && text.exitLine ? (
        <p class="aside">
          <strong>{t('exitLine')}</strong> <span lang={textLang}>{text.exitLine}</span>
        </p>
      ) : null}
      <div class="step-actions">
        {!stepsAtOnce && index > 0 ? (
          <button type="button" class="quiet" onClick={() => go(index - 1)}>
            {t('previousStep')}
          </button>
        ) : null}
        {atEnd ? (
          <button type="button" class="primary" onClick={onDone}>
            {t('done')}
          </button>
        ) : (
          <>
            <button type="button" class="quiet" onClick={onDone}>
              {t('done')}
            </button>
            <button type="button" class="primary" onClick={() => go(index + 1)}>
              {t('nextStep')}
            </button>
          </>
        )}
      </div>
      <GentleTimer key={exercise.id} seconds={exercise.durationSec} onStart={onEngage} />
      {alternatives.length > 0 ? (
        <details class="alternatives">
          <summary>{t('otherWays')}</summary>
          {alternatives.map(([label, words]) => (
            <p class="aside" key={label}>
              <strong>{label}</strong> <span lang={textLang}>{words}</span>
            </p>
          ))}
        </details>
      ) : null}
      <div class="row exercise-actions">
        <button type="button" class="quiet" onClick={onAnother}>
          {t('another')}
        </button>
        <button type="button" class="quiet" aria-pressed={favourite} onClick={onToggleFavourite}>
          <span aria-hidden="true" class="star">
            {favourite ? '★' : '☆'}
          </span>{' '}
          {t('favourite')}
        </button>
        <button type="button" class="quiet" onClick={onNotForMe}>
          {t('notForMe')}
        </button>
      </div>
      <SupportLine />
    </article>
  );
}
