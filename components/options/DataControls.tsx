import { useState } from 'preact/hooks';
import { type ExportData, parseImport } from '@/lib/export-import';
import { t } from '@/lib/i18n';
import { CheckField } from './CheckField';
import { ConfirmButton } from './ConfirmButton';

interface Props {
  /** The file contents to download. */
  exportText: () => Promise<string>;
  onImport: (data: ExportData) => Promise<void>;
  onReset: (alsoHistory: boolean) => Promise<void>;
}

/** Export to a file, import from one (validated; a bad file changes nothing), reset. */
export function DataControls({ exportText, onImport, onReset }: Props) {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, setPending] = useState<ExportData | null>(null);
  const [alsoHistory, setAlsoHistory] = useState(false);

  const download = async () => {
    const blob = new Blob([await exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `tend-export-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    const result = parseImport(await file.text());
    if (result.ok) {
      setPending(result.data);
      setMessage(null);
    } else {
      setPending(null);
      setMessage({ text: result.message, error: true });
    }
  };

  return (
    <div class="data-controls">
      <button type="button" onClick={download}>
        {t('exportData')}
      </button>
      <div class="field">
        <label for="tend-import">{t('importData')}</label>
        <input
          id="tend-import"
          type="file"
          accept="application/json,.json"
          onChange={(e) => void read(e.currentTarget.files?.[0])}
        />
      </div>
      {pending && (
        <fieldset class="confirm">
          <legend>{t('importConfirm')}</legend>
          <button
            type="button"
            onClick={async () => {
              await onImport(pending);
              setPending(null);
              setMessage({ text: t('imported'), error: false });
            }}
          >
            {t('confirmYes')}
          </button>{' '}
          <button type="button" class="quiet" onClick={() => setPending(null)}>
            {t('confirmNo')}
          </button>
        </fieldset>
      )}
      <ConfirmButton
        label={t('resetSettings')}
        question={t('resetConfirm')}
        onConfirm={async () => {
          await onReset(alsoHistory);
          setMessage({ text: t('resetDone'), error: false });
        }}
      >
        <CheckField label={t('resetAlsoHistory')} checked={alsoHistory} onChange={setAlsoHistory} />
      </ConfirmButton>
      {message && (
        <p class={message.error ? 'error' : 'ok'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
