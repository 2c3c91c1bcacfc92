import { useId } from 'preact/hooks';

interface Props<T extends string> {
  legend: string;
  value: T;
  choices: { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** One choice among a few, as a group of radio buttons. */
export function ChoiceField<T extends string>({ legend, value, choices, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset class="field choices">
      <legend>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={c.value === value}
            onChange={() => onChange(c.value)}
          />
          {c.label}
        </label>
      ))}
    </fieldset>
  );
}
