import { render } from 'preact';
import { currentLocale, t } from '@/lib/i18n';
import { App } from './App';
import './style.css';

// The worker opens this page as a small window where it cannot open the popup itself.
const windowed = new URLSearchParams(location.search).get('view') === 'window';

document.documentElement.lang = currentLocale();
document.documentElement.classList.toggle('windowed', windowed);
document.title = t('appName');

render(<App windowed={windowed} />, document.getElementById('app') as HTMLElement);
