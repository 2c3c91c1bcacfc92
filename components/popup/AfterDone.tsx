import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  /** The answer given, or null while unanswered. */
  helped: boolean | null;
  onAnswer: (helped: boolean) => void;
  /** Back to the break times. */
  onBack: () => void;
}

/** After Done: a thank-you and a one-tap, optional "Did this help?". */
export function AfterDone({ helped, onAnswer, onBack }: Props) {
  const thanks = useRef<HTMLParagraphElement>(null);
  const answered = helped !== null;
  // The answer buttons go away once used: keep focus on the thank-you in their place.
  useEffect(() => {
    if (answered) thanks.current?.focus();
  }, [answered]);

  return (
    <section class="after-done">
      <h1 tabIndex={-1} data-focus>
        {t('doneThanks')}
      </h1>
      {answered ? (
        <p ref={thanks} tabIndex={-1} role="status">
          {t('answerThanks')}
        </p>
      ) : (
        <fieldset class="question">
          <legend>{t('didItHelp')}</legend>
          <div class="row">
            <button type="button" onClick={() => onAnswer(true)}>
              {t('helpedYes')}
            </button>
            <button type="button" onClick={() => onAnswer(false)}>
              {t('helpedNo')}
            </button>
          </div>
        </fieldset>
      )}
      <button type="button" class="wide" onClick={onBack}>
        {t('backToStatus')}
      </button>
    </section>
  );
}
