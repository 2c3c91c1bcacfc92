import { useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  steps: readonly string[];
  /** Suggested seconds per step, shown as a hint. */
  stepSeconds?: readonly number[] | undefined;
  /** The language of the steps, when it differs from the page's. */
  lang?: string | undefined;
  /** All steps as one list, instead of one at a time. */
  atOnce: boolean;
  /** The user moved to another step. */
  onStep?: () => void;
}

/**
 * An exercise's steps, as a list or one at a time. One at a time, the step sits in a polite
 * live region so a screen reader reads each new step while focus stays on "Next step"; the
 * buttons stay focusable at either end (aria-disabled) so focus is never lost.
 */
export function ExerciseSteps({ steps, stepSeconds, lang, atOnce, onStep }: Props) {
  const [index, setIndex] = useState(0);
  const headingId = useId();
  const hint = (i: number) => {
    const seconds = stepSeconds?.[i];
    return seconds ? <span class="step-hint">{t('stepSeconds', { seconds })}</span> : null;
  };

  if (atOnce) {
    return (
      <section class="steps" aria-labelledby={headingId}>
        <h3 id={headingId} class="small-heading">
          {t('stepsHeading')}
        </h3>
        <ol class="step-list">
          {steps.map((step, i) => (
            <li key={step}>
              <span lang={lang}>{step}</span> {hint(i)}
            </li>
          ))}
        </ol>
      </section>
    );
  }

  const last = steps.length - 1;
  const go = (to: number) => {
    if (to < 0 || to > last || to === index) return;
    setIndex(to);
    onStep?.();
  };

  return (
    <section class="steps" aria-labelledby={headingId}>
      <h3 id={headingId} class="visually-hidden">
        {t('stepsHeading')}
      </h3>
      <div class="step" aria-live="polite" aria-atomic="true">
        <p class="step-count">{t('stepOf', { n: index + 1, total: steps.length })}</p>
        <p class="step-text">
          <span lang={lang}>{steps[index]}</span> {hint(index)}
        </p>
        {index === last && steps.length > 1 ? <p class="visually-hidden">{t('lastStep')}</p> : null}
      </div>
      <div class="row">
        <button
          type="button"
          aria-disabled={index === 0 ? 'true' : undefined}
          onClick={() => go(index - 1)}
        >
          {t('previousStep')}
        </button>
        <button
          type="button"
          aria-disabled={index === last ? 'true' : undefined}
          onClick={() => go(index + 1)}
        >
          {t('nextStep')}
        </button>
      </div>
    </section>
  );
}
