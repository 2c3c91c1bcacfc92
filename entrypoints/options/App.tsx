import { useState } from 'preact/hooks';
import { AboutExercises } from '@/components/AboutExercises';
import { useNow } from '@/components/hooks/use-now';
import { NudgeCheck } from '@/components/NudgeCheck';
import { DataControls } from '@/components/options/DataControls';
import { FavouritesList } from '@/components/options/FavouritesList';
import { PresetChoices } from '@/components/options/PresetChoices';
import { SettingFieldView } from '@/components/options/SettingFieldView';
import { ShortcutsList } from '@/components/options/ShortcutsList';
import { StatsPanel } from '@/components/options/StatsPanel';
import { type SectionId, settingFields } from '@/components/options/setting-fields';
import { WorkHoursEditor } from '@/components/options/WorkHoursEditor';
import { previewNextBreak } from '@/lib/engine/engine';
import { buildExport } from '@/lib/export-import';
import { currentLocale, type t as T, t } from '@/lib/i18n';
import { send } from '@/lib/protocol';
import { settingIssue } from '@/lib/settings/schema';
import type { Settings } from '@/lib/settings/settings';
import { isFirefox } from '@/lib/worker/platform';
import { type OptionsData, useOptionsData } from './options-data';
import { openShortcutSettings, useShortcuts } from './shortcuts';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const sectionTitles: Record<SectionId, Parameters<typeof T>[0]> = {
  schedule: 'sectionSchedule',
  away: 'sectionAway',
  nudges: 'sectionNudges',
  exercises: 'sectionExercises',
  language: 'sectionLanguage',
};

export function App() {
  const data = useOptionsData();
  if (!data) return <main aria-busy="true" />;
  return <Options data={data} />;
}

function Options({ data }: { data: OptionsData }) {
  const { settings, engine: state, history, prefs, syncProblem, nudgeProblem } = data;
  const now = useNow(30_000);
  const shortcuts = useShortcuts();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  /** Saves some settings through the worker; says so, or says why not. */
  const save = (patch: Partial<Settings>) => {
    void send('save-settings', { patch }).then(
      () => setStatus({ text: t('optionsSaved'), error: false }),
      (error: unknown) => setStatus({ text: String((error as Error).message), error: true }),
    );
  };

  const dateFormat = new Intl.DateTimeFormat(currentLocale(), { weekday: 'short', day: 'numeric' });
  const timeFormat = new Intl.DateTimeFormat(currentLocale(), {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
  const dayNames = Array.from({ length: 7 }, (_, i) =>
    new Intl.DateTimeFormat(currentLocale(), { weekday: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2026, 10, 22 + i),
    ),
  );
  const preview = state ? previewNextBreak(state, settings, now, timeZone) : null;

  const section = (id: SectionId) =>
    settingFields[id].map((field) => (
      <SettingFieldView key={field.key} field={field} settings={settings} onSave={save} />
    ));

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">{t('privacyNote')}</p>
      {syncProblem && (
        <p class="notice" role="status">
          {t('syncProblem', { reason: syncProblem })}
        </p>
      )}
      <p class="preview" aria-live="polite">
        {preview === null
          ? t('previewNoBreak')
          : t('previewNextBreak', { time: timeFormat.format(preview) })}
        {status && <span class={status.error ? 'error' : 'ok'}> {status.text}</span>}
      </p>

      <section aria-labelledby="schedule">
        <h2 id="schedule">{t(sectionTitles.schedule)}</h2>
        <PresetChoices legend={t('presetsLabel')} settings={settings} onSave={save} />
        {section('schedule')}
      </section>

      <section aria-labelledby="work-hours">
        <h2 id="work-hours">{t('sectionWorkHours')}</h2>
        <WorkHoursEditor
          value={settings.workHours}
          dayNames={dayNames}
          onSave={(workHours) => {
            if (settingIssue('workHours', workHours)) return t('workHoursInvalid');
            save({ workHours });
            return null;
          }}
        />
      </section>

      <section aria-labelledby="away">
        <h2 id="away">{t(sectionTitles.away)}</h2>
        {section('away')}
      </section>

      <section aria-labelledby="nudges">
        <h2 id="nudges">{t(sectionTitles.nudges)}</h2>
        {section('nudges')}
        <h3>{t('sectionNudgeCheck')}</h3>
        <NudgeCheck problem={nudgeProblem} onTest={() => send('test-nudge', {})} />
      </section>

      <section aria-labelledby="keyboard">
        <h2 id="keyboard">{t('sectionKeyboard')}</h2>
        {shortcuts && (
          <ShortcutsList
            shortcuts={shortcuts}
            firefox={isFirefox}
            onChange={openShortcutSettings}
          />
        )}
      </section>

      <section aria-labelledby="exercises">
        <h2 id="exercises">{t(sectionTitles.exercises)}</h2>
        {section('exercises')}
        <h3>{t('favourites')}</h3>
        <FavouritesList
          favourites={prefs.favourites}
          onRemove={(id) => void send('set-favourite', { id, favourite: false })}
        />
      </section>

      <section aria-labelledby="language">
        <h2 id="language">{t(sectionTitles.language)}</h2>
        {section('language')}
      </section>

      <section aria-labelledby="history">
        <h2 id="history">{t('sectionHistory')}</h2>
        <StatsPanel
          history={history}
          now={now}
          timeZone={timeZone}
          formatDay={(day) => dateFormat.format(new Date(`${day}T12:00:00Z`))}
        />
      </section>

      <section aria-labelledby="data">
        <h2 id="data">{t('sectionData')}</h2>
        <DataControls
          history={history}
          exportText={() =>
            JSON.stringify(
              buildExport({ settings, history, exercisePrefs: prefs }, Date.now()),
              null,
              2,
            )
          }
          onImport={async (imported, mode) =>
            (await send('import', { data: imported, mode })).entries
          }
          onReset={(alsoHistory) => send('reset', { alsoHistory })}
        />
      </section>

      <AboutExercises />
    </main>
  );
}
