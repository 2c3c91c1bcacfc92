import { useState } from 'preact/hooks';
import { AboutExercises } from '@/components/AboutExercises';
import { useEngineState } from '@/components/hooks/use-engine-state';
import { useNow } from '@/components/hooks/use-now';
import { useSettings } from '@/components/hooks/use-settings';
import { useStored } from '@/components/hooks/use-stored';
import { CheckField } from '@/components/options/CheckField';
import { ChoiceField } from '@/components/options/ChoiceField';
import { DataControls } from '@/components/options/DataControls';
import { FavouritesList } from '@/components/options/FavouritesList';
import { NumberField } from '@/components/options/NumberField';
import { StatsPanel } from '@/components/options/StatsPanel';
import { WorkHoursEditor } from '@/components/options/WorkHoursEditor';
import { previewNextBreak } from '@/lib/engine/engine';
import { parseExercisePrefs } from '@/lib/exercise-prefs';
import { buildExport, type ExportData } from '@/lib/export-import';
import { repairHistory } from '@/lib/history';
import { currentLocale, type t as T, t } from '@/lib/i18n';
import {
  defaultSettings,
  limits,
  repairSettings,
  type Settings,
  schedulePresets,
  settingIssue,
} from '@/lib/settings';
import { saveSettings } from '@/lib/settings-store';
import { exercisePrefsItem, historyItem, syncProblemItem } from '@/lib/storage-items';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const parseHistory = (raw: unknown) => repairHistory(raw).entries;
const parseProblem = (raw: string | null) => raw;

const presetLabels: Record<(typeof schedulePresets)[number]['id'], Parameters<typeof T>[0]> = {
  classic: 'presetClassic',
  pomodoro: 'presetPomodoro',
  eyes: 'presetEyes',
  default: 'presetDefault',
};

/** Minutes in the page, seconds in storage. */
const minutes = (key: 'workIntervalSec' | 'breakLengthSec' | 'snoozeSec' | 'deferCapSec') => ({
  min: Math.max(1, Math.ceil(limits[key].min / 60)),
  max: Math.floor(limits[key].max / 60),
});

export function App() {
  const settings = useSettings();
  const state = useEngineState();
  const history = useStored(historyItem, parseHistory) ?? [];
  const syncProblem = useStored(syncProblemItem, parseProblem);
  const prefs = useStored(exercisePrefsItem, parseExercisePrefs);
  const now = useNow(30_000);
  const [saved, setSaved] = useState(false);
  if (!settings) return <main aria-busy="true" />;

  /** Saves one field if valid; returns the refusal message otherwise. */
  const save = <K extends keyof Settings>(key: K, value: Settings[K]): string | null => {
    const issue = settingIssue(key, value);
    if (issue) return issue;
    void saveSettings({ ...settings, [key]: value }).then(() => setSaved(true));
    return null;
  };
  const saveMany = (patch: Partial<Settings>) =>
    void saveSettings({ ...settings, ...patch }).then(() => setSaved(true));

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

  const exportText = async () => {
    const data: ExportData = {
      settings,
      history: repairHistory(await historyItem.getValue()).entries,
      exercisePrefs: parseExercisePrefs(await exercisePrefsItem.getValue()),
    };
    return JSON.stringify(buildExport(data, Date.now()), null, 2);
  };

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
        {saved && <span class="ok"> {t('optionsSaved')}</span>}
      </p>

      <section aria-labelledby="schedule">
        <h2 id="schedule">{t('sectionSchedule')}</h2>
        <fieldset class="field presets">
          <legend>{t('presetsLabel')}</legend>
          {schedulePresets.map((p) => (
            <button
              type="button"
              key={p.id}
              aria-pressed={
                settings.workIntervalSec === p.workMin * 60 &&
                settings.breakLengthSec === p.breakMin * 60
              }
              onClick={() =>
                saveMany({ workIntervalSec: p.workMin * 60, breakLengthSec: p.breakMin * 60 })
              }
            >
              {t(presetLabels[p.id])}
            </button>
          ))}
        </fieldset>
        <NumberField
          label={t('workInterval')}
          unit={t('unitMinutes')}
          value={Math.round(settings.workIntervalSec / 60)}
          {...minutes('workIntervalSec')}
          onSave={(m) => save('workIntervalSec', m * 60)}
        />
        <NumberField
          label={t('breakLength')}
          unit={t('unitMinutes')}
          value={Math.round(settings.breakLengthSec / 60)}
          {...minutes('breakLengthSec')}
          onSave={(m) => save('breakLengthSec', m * 60)}
        />
        <NumberField
          label={t('snoozeLength')}
          unit={t('unitMinutes')}
          value={Math.round(settings.snoozeSec / 60)}
          {...minutes('snoozeSec')}
          onSave={(m) => save('snoozeSec', m * 60)}
        />
        <NumberField
          label={t('snoozeCap')}
          unit={t('unitTimes')}
          value={settings.snoozeDailyCap}
          {...limits.snoozeDailyCap}
          onSave={(n) => save('snoozeDailyCap', n)}
        />
      </section>

      <section aria-labelledby="work-hours">
        <h2 id="work-hours">{t('sectionWorkHours')}</h2>
        <WorkHoursEditor
          value={settings.workHours}
          dayNames={dayNames}
          onSave={(workHours) => (save('workHours', workHours) ? t('workHoursInvalid') : null)}
        />
      </section>

      <section aria-labelledby="away">
        <h2 id="away">{t('sectionAway')}</h2>
        <CheckField
          label={t('naturalBreaks')}
          checked={settings.naturalBreaks}
          onChange={(v) => save('naturalBreaks', v)}
        />
        <NumberField
          label={t('idleThreshold')}
          unit={t('unitSeconds')}
          value={settings.idleThresholdSec}
          {...limits.idleThresholdSec}
          onSave={(n) => save('idleThresholdSec', n)}
        />
        <ChoiceField
          legend={t('afterAbsence')}
          value={settings.afterLongAbsence}
          choices={[
            { value: 'reset', label: t('absenceReset') },
            { value: 'resume', label: t('absenceResume') },
          ]}
          onChange={(v) => save('afterLongAbsence', v)}
        />
      </section>

      <section aria-labelledby="nudges">
        <h2 id="nudges">{t('sectionNudges')}</h2>
        <ChoiceField
          legend={t('nudgeStyle')}
          value={settings.nudgeStyle}
          choices={[
            { value: 'notification', label: t('nudgeNotification') },
            { value: 'badge-only', label: t('nudgeBadge') },
          ]}
          onChange={(v) => save('nudgeStyle', v)}
        />
        <CheckField
          label={t('sound')}
          checked={settings.sound}
          onChange={(v) => save('sound', v)}
        />
        <CheckField
          label={t('badgeCountdown')}
          checked={settings.badgeCountdown}
          onChange={(v) => save('badgeCountdown', v)}
        />
        <CheckField
          label={t('deferFullscreen')}
          checked={settings.deferInFullscreen}
          onChange={(v) => save('deferInFullscreen', v)}
        />
        <CheckField
          label={t('deferAudible')}
          checked={settings.deferWhileAudible}
          onChange={(v) => save('deferWhileAudible', v)}
        />
        <NumberField
          label={t('deferCap')}
          unit={t('unitMinutes')}
          value={Math.round(settings.deferCapSec / 60)}
          {...minutes('deferCapSec')}
          onSave={(m) => save('deferCapSec', m * 60)}
        />
      </section>

      <section aria-labelledby="exercises">
        <h2 id="exercises">{t('sectionExercises')}</h2>
        <ChoiceField
          legend={t('exerciseKinds')}
          value={settings.exerciseKinds}
          choices={[
            { value: 'both', label: t('kindsBoth') },
            { value: 'connection', label: t('kindsConnection') },
            { value: 'self-compassion', label: t('kindsSelfCompassion') },
          ]}
          onChange={(v) => save('exerciseKinds', v)}
        />
        <CheckField
          label={t('soloOnly')}
          checked={settings.soloOnly}
          onChange={(v) => save('soloOnly', v)}
        />
        <CheckField
          label={t('stepsAtOnce')}
          checked={settings.stepsAtOnce}
          onChange={(v) => save('stepsAtOnce', v)}
        />
        <h3>{t('favourites')}</h3>
        <FavouritesList
          favourites={prefs?.favourites ?? []}
          onRemove={(id) =>
            void exercisePrefsItem.setValue({
              favourites: (prefs?.favourites ?? []).filter((f) => f !== id),
              notForMe: prefs?.notForMe ?? [],
            })
          }
        />
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
          exportText={exportText}
          onImport={async (data) => {
            await saveSettings(data.settings);
            await historyItem.setValue(data.history);
            await exercisePrefsItem.setValue(data.exercisePrefs);
          }}
          onReset={async (alsoHistory) => {
            await saveSettings(repairSettings(defaultSettings).settings);
            if (alsoHistory) await historyItem.setValue([]);
          }}
        />
      </section>

      <AboutExercises />
    </main>
  );
}
