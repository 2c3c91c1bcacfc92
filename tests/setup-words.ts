import { locales } from '@/content/locales';
import { LOCALES } from '@/content/locales/messages';
import { addWords } from '@/lib/i18n';

// Pages load only their own words at start (see their words.ts); tests render components of
// every page, so they get every word. tests/unit/i18n.test.ts checks each page's own set.
for (const locale of LOCALES) addWords(locale, locales[locale]);
