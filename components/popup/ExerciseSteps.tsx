import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  steps: readonly string[];
  /** The step on screen (one at a time). */
  index: number;
  /** Suggested seconds per step, shown as a hint. */
  stepSeconds?: readonly number[] | undefined;
  /** The language of the steps, when it differs from the page's. */
  lang?: string | undefined;
  /** All steps as one list, instead of one at a time. */
  atOnce: boolean;
}

/**
 * An exercise's steps, as a list or one at a time. One at a time, the step is the largest
 * text on screen, with quiet dots for where it stands; it sits in a polite live region so a
 * screen reader reads each new step (and "Step 2 of 4") while focus stays on the button.
 * The buttons that move between steps are the card's (ExerciseCard): one primary at a time.
 */
export function ExerciseSteps({ steps, index, stepSeconds, lang, atOnce }: Props) {
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
  return (
    <section class="steps" aria-labelledby={headingId}>
      <h3 id={headingId} class="visually-hidden">
        {t('stepsHeading')}
      </h3>
      <div class="step" aria-live="polite" aria-atomic="true">
        <p class="visually-hidden">{t('stepOf', { n: index + 1, total: steps.length })}</p>
        <p class="step-text">
          <span lang={lang}>{steps[index]}</span> {hint(index)}
        </p>
        {index === last && steps.length > 1 ? <p class="visually-hidden">{t('lastStep')}</p> : null}
      </div>
      {steps.length > 1 ? (
        <p class="step-dots" aria-hidden="true">
          {steps.map((step, i) => (
            <span key={step} class={i === index ? 'dot current' : i < index ? 'dot done' : 'dot'} />
          ))}
        </p>
      ) : null}
    </section>
  );
}
