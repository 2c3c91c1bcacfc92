import { render } from 'preact';
import { currentLocale, loadWords, t } from '@/lib/i18n';
import { App } from './App';
import { optionsWords } from './words';

void loadWords(optionsWords).then(() => {
  document.documentElement.lang = currentLocale();
  document.title = t('optionsTitle');
  render(<App />, document.getElementById('app') as HTMLElement);
});
