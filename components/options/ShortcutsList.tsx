import type { MessageKey } from '@/content/locales/messages';
import { t } from '@/lib/i18n';

interface Props {
  shortcuts: readonly { command: 'open' | 'take-break'; keys: string }[];
  /** Firefox: also say where its shortcut settings live, should the button not open them. */
  firefox: boolean;
  onChange: () => void;
}

const commandWords: Record<'open' | 'take-break', MessageKey> = {
  open: 'shortcutOpen',
  'take-break': 'shortcutBreak',
};

/** Tend's keyboard shortcuts as the browser reports them, and a way to change them. */
export function ShortcutsList({ shortcuts, firefox, onChange }: Props) {
  return (
    <>
      <dl class="shortcuts">
        {shortcuts.map(({ command, keys }) => (
          <div key={command}>
            <dt>{t(commandWords[command])}</dt>
            <dd>{keys ? <kbd>{keys}</kbd> : t('shortcutNotSet')}</dd>
          </div>
        ))}
      </dl>
      <button type="button" class="quiet" onClick={onChange}>
        {t('shortcutsChange')}
      </button>
      {firefox && <p class="hint">{t('shortcutsHintFirefox')}</p>}
    </>
  );
}
