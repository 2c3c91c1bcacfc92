import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/settings/settings';
import { CheckField } from './CheckField';
import { ChoiceField } from './ChoiceField';
import { NumberField } from './NumberField';
import { fieldRange, type SettingField } from './setting-fields';

interface Props {
  field: SettingField;
  settings: Settings;
  onSave: (patch: Partial<Settings>) => void;
}

/** One row of the settings table, drawn with the control its kind calls for. */
export function SettingFieldView({ field, settings, onSave }: Props) {
  switch (field.kind) {
    case 'number':
      return (
        <NumberField
          label={t(field.label)}
          unit={t(field.unit)}
          value={Math.round(settings[field.key] / field.perUnit)}
          {...fieldRange(field)}
          onSave={(n) => onSave({ [field.key]: n * field.perUnit })}
        />
      );
    case 'check':
      return (
        <CheckField
          label={t(field.label)}
          checked={settings[field.key]}
          onChange={(checked) => onSave({ [field.key]: checked })}
        />
      );
    case 'choice':
      return (
        <ChoiceField
          legend={t(field.label)}
          value={settings[field.key]}
          choices={field.choices.map((c) => ({ value: c.value, label: t(c.label) }))}
          onChange={(value) => onSave({ [field.key]: value })}
        />
      );
  }
}
