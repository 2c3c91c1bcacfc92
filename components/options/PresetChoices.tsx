import { type t as T, t } from '@/lib/i18n';
import { type Settings, schedulePresets } from '@/lib/settings/settings';

const presetLabels: Record<(typeof schedulePresets)[number]['id'], Parameters<typeof T>[0]> = {
  classic: 'presetClassic',
  pomodoro: 'presetPomodoro',
  eyes: 'presetEyes',
  default: 'presetDefault',
};

interface Props {
  legend: string;
  settings: Settings;
  onSave: (patch: Partial<Settings>) => void;
}

/** The schedule presets as one-tap buttons, the one in use pressed (options and welcome). */
export function PresetChoices({ legend, settings, onSave }: Props) {
  return (
    <fieldset class="field presets">
      <legend>{legend}</legend>
      {schedulePresets.map((p) => (
        <button
          type="button"
          key={p.id}
          aria-pressed={
            settings.workIntervalSec === p.workMin * 60 &&
            settings.breakLengthSec === p.breakMin * 60
          }
          onClick={() =>
            onSave({ workIntervalSec: p.workMin * 60, breakLengthSec: p.breakMin * 60 })
          }
        >
          {t(presetLabels[p.id])}
        </button>
      ))}
    </fieldset>
  );
}
