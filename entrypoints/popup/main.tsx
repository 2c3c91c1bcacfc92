import { render } from 'preact';
import { currentLocale, loadWords, localeFor, t } from '@/lib/i18n';
import { App } from './App';
import { exerciseTextIn, primeFromHint } from './exercise-text';
import { openPopupStore } from './popup-data';
import { popupWords } from './words';
import './style.css';

// The worker opens this page as a small window where it cannot open the popup itself.
const windowed = new URLSearchParams(location.search).get('view') === 'window';
document.documentElement.classList.toggle('windowed', windowed);

// The stored data and the words, fetched together, then one render with both: the first
// frame already shows the real state, never a "loading" placeholder. The store listens for
// changes from the start, so one made while the popup opens is not missed.
primeFromHint(currentLocale());
const store = openPopupStore();
void Promise.all([store.ready, loadWords(popupWords)]).then(async ([data]) => {
  // The browser's language was loaded meanwhile; another one the user chose is loaded now,
  // from the settings of the same first read.
  const chosen = localeFor(data.settings.language);
  if (chosen !== currentLocale()) {
    primeFromHint(chosen);
    await loadWords(popupWords, chosen);
  }
  // A break's exercise already on screen before: its words too, so it is in the first frame.
  const { engine, current: shown } = data;
  if (engine && shown?.cycle === engine.cycle && ['due', 'on-break'].includes(engine.phase)) {
    await Promise.resolve(exerciseTextIn(currentLocale())(shown.id)).catch(() => undefined);
  }
  document.documentElement.lang = currentLocale();
  document.title = t('appName');
  render(<App windowed={windowed} store={store} />, document.getElementById('app') as HTMLElement);
});
