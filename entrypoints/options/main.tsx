import { render } from 'preact';
import { currentLocale, t } from '@/lib/i18n';
import { App } from './App';

document.documentElement.lang = currentLocale();
document.title = t('optionsTitle');
render(<App />, document.getElementById('app') as HTMLElement);
