import { render } from 'preact';
import { currentLocale, loadWords, localeFor, t } from '@/lib/i18n';
import { App } from './App';
import { browser } from './browser';
import { readAll } from './options-data';
import { optionsWords } from './words';

/** The language the user chose on this page, or 'auto' (the browser's) when unreadable. */
const chosenLanguage = () =>
  readAll(Date.now()).then(
    (data) => data.settings.language,
    () => 'auto' as const,
  );

void chosenLanguage().then(async (language) => {
  await loadWords(optionsWords, language === 'auto' ? undefined : language);
  document.documentElement.lang = currentLocale();
  document.title = t('optionsTitle');
  render(<App />, document.getElementById('app') as HTMLElement);
  // A new language choice shows at once: the page reloads in it, once (a save changes both
  // the synced copy and the local one, so two change events arrive).
  let reloading = false;
  browser.storage.onChanged.addListener((changes) => {
    if (!('settings' in changes) || reloading) return;
    void chosenLanguage().then((next) => {
      if (reloading || localeFor(next) === currentLocale()) return;
      reloading = true;
      location.reload();
    });
  });
});
