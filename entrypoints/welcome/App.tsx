import { useState } from 'preact/hooks';
import { NudgeCheck } from '@/components/NudgeCheck';
import { PresetChoices } from '@/components/options/PresetChoices';
import { SettingFieldView } from '@/components/options/SettingFieldView';
import { settingFields } from '@/components/options/setting-fields';
import { t } from '@/lib/i18n';
import { send } from '@/lib/protocol';
import type { Settings } from '@/lib/settings/settings';
import { isFirefox } from '@/lib/worker/platform';
import { useWelcomeData, type WelcomeData } from './welcome-data';

const kindsField = settingFields.exercises.filter((field) => field.key === 'exerciseKinds');

export function App() {
  const data = useWelcomeData();
  if (!data) return <main aria-busy="true" />;
  return <Welcome data={data} />;
}

/**
 * Greets a new user once (opened by the worker on install): what Tend does, a rhythm and the
 * kinds of exercise to choose, where to pin the icon, and a test that nudges arrive.
 */
function Welcome({ data }: { data: WelcomeData }) {
  const [error, setError] = useState<string | null>(null);
  const save = (patch: Partial<Settings>) => {
    void send('save-settings', { patch }).then(
      () => setError(null),
      (e: unknown) => setError(String((e as Error).message)),
    );
  };

  return (
    <main>
      <h1>{t('welcomeTitle')}</h1>
      <ul class="what">
        <li>{t('welcomeWhat1')}</li>
        <li>{t('welcomeWhat2')}</li>
        <li>{t('welcomeWhat3')}</li>
      </ul>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="rhythm">
        <h2 id="rhythm">{t('welcomeRhythm')}</h2>
        <PresetChoices legend={t('presetsLabel')} settings={data.settings} onSave={save} />
      </section>

      <section aria-labelledby="kinds">
        <h2 id="kinds">{t('welcomeKinds')}</h2>
        {kindsField.map((field) => (
          <SettingFieldView key={field.key} field={field} settings={data.settings} onSave={save} />
        ))}
      </section>

      <section aria-labelledby="pin">
        <h2 id="pin">{t('welcomePin')}</h2>
        <p>{isFirefox ? t('welcomePinFirefox') : t('welcomePinChrome')}</p>
      </section>

      <section aria-labelledby="nudges">
        <h2 id="nudges">{t('welcomeNudges')}</h2>
        <p>{t('welcomeNudgesHint')}</p>
        <NudgeCheck problem={data.nudgeProblem} onTest={() => send('test-nudge', {})} />
      </section>

      <p>
        <a href="/options.html">{t('welcomeSettings')}</a>
      </p>
    </main>
  );
}
