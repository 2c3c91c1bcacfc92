import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  label: string;
  question: string;
  onConfirm: () => void;
  /** Extra choices shown with the question (e.g. "also delete history"). */
  children?: ComponentChildren;
}

/** A button that asks first, in the page: no blocking browser dialog. */
export function ConfirmButton({ label, question, onConfirm, children }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <fieldset class="confirm">
      <legend>{question}</legend>
      {children}
      <button
        type="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {t('confirmYes')}
      </button>{' '}
      <button
        type="button"
        class="quiet"
        ref={(el) => el?.focus()}
        onClick={() => setAsking(false)}
      >
        {t('confirmNo')}
      </button>
    </fieldset>
  );
}
