import { useEffect, useId, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';

interface Props {
  label: string;
  unit: string;
  /** The saved value, in the field's unit. */
  value: number;
  min: number;
  max: number;
  /** 0 is allowed too (the feature is off). */
  orOff?: boolean | undefined;
  /** Saves a valid value; never called for an invalid one. */
  onSave: (value: number) => void;
}

/**
 * A whole-number field saved as you go. An invalid entry is refused right at the field with
 * a plain message, and the last good value stays saved.
 */
export function NumberField({ label, unit, value, min, max, orOff = false, onSave }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDraft(String(value)), [value]);

  const commit = (text: string) => {
    setDraft(text);
    const n = Number(text);
    if (text.trim() === '' || !Number.isInteger(n)) return setError(t('fieldNumberNeeded'));
    if (orOff && n === 0) {
      setError(null);
      if (n !== value) onSave(n);
      return;
    }
    if (n < min || n > max) {
      return setError(t(orOff ? 'fieldRangeOrOff' : 'fieldRange', { min, max }));
    }
    setError(null);
    if (n !== value) onSave(n);
  };

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <span class="with-unit">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={orOff ? 0 : min}
          max={max}
          step={1}
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => commit(e.currentTarget.value)}
        />
        <span>{unit}</span>
      </span>
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error} {t('keptLastGood')}
        </p>
      )}
    </div>
  );
}
