import { render } from 'preact';
import { currentLocale, loadWords, t } from '@/lib/i18n';
import { App } from './App';
import { welcomeWords } from './words';

void loadWords(welcomeWords).then(() => {
  document.documentElement.lang = currentLocale();
  document.title = t('welcomeTitle');
  render(<App />, document.getElementById('app') as HTMLElement);
});
