import { useState } from 'preact/hooks';
import type { HistoryEntry } from '@/lib/engine/types';
import { type ExportData, type ImportReport, parseImport } from '@/lib/export-import';
import { mergeHistory } from '@/lib/history';
import { countKey, t } from '@/lib/i18n';
import type { ImportMode } from '@/lib/protocol';
import { CheckField } from './CheckField';
import { ChoiceField } from './ChoiceField';
import { ConfirmButton } from './ConfirmButton';

interface Props {
  /** The current history, to say how many breaks each import choice keeps. */
  history: readonly HistoryEntry[];
  /** The file contents to download. */
  exportText: () => string;
  /** Applies a checked import; resolves with how many breaks Tend then keeps. */
  onImport: (data: ExportData, mode: ImportMode) => Promise<number>;
  onReset: (alsoHistory: boolean) => Promise<unknown>;
}

type Message = { text: string; error: boolean } | null;

/**
 * Export to a file; import from one (checked first: a bad file changes nothing, and the user
 * sees how many breaks it keeps and chooses to merge or replace before anything changes);
 * reset.
 */
export function DataControls({ history, exportText, onImport, onReset }: Props) {
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<{ data: ExportData; report: ImportReport } | null>(null);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [working, setWorking] = useState(false);
  const [alsoHistory, setAlsoHistory] = useState(false);

  const download = () => {
    const blob = new Blob([exportText()], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `tend-export-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    const result = parseImport(await file.text(), Date.now());
    if (result.ok) {
      setPending({ data: result.data, report: result.report });
      setMessage(null);
    } else {
      setPending(null);
      setMessage({ text: result.message, error: true });
    }
  };

  /** Failures keep the choice open, so the user can try again. */
  const apply = async () => {
    if (!pending || working) return;
    setWorking(true);
    try {
      const kept = await onImport(pending.data, mode);
      setPending(null);
      setMessage({ text: t(countKey(kept, 'importedOne', 'imported'), { n: kept }), error: false });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    } finally {
      setWorking(false);
    }
  };

  const merged = pending ? mergeHistory(history, pending.data.history, Date.now()).length : 0;
  const leftOut = pending ? pending.report.future + pending.report.old : 0;

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
        <fieldset class="confirm" aria-busy={working}>
          <legend>{t('importConfirm')}</legend>
          <p>
            {t(countKey(pending.report.kept, 'importKeepsOne', 'importKeeps'), {
              n: pending.report.kept,
            })}{' '}
            {leftOut > 0 &&
              t('importLeavesOut', { future: pending.report.future, old: pending.report.old })}
          </p>
          <ChoiceField
            legend={t('importHistoryChoice')}
            value={mode}
            choices={[
              { value: 'merge', label: t('importMerge', { n: merged }) },
              { value: 'replace', label: t('importReplace', { n: pending.report.kept }) },
            ]}
            onChange={setMode}
          />
          <button type="button" onClick={() => void apply()} aria-disabled={working}>
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
          try {
            await onReset(alsoHistory);
            setMessage({ text: t('resetDone'), error: false });
          } catch (error) {
            setMessage({ text: (error as Error).message, error: true });
          }
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
