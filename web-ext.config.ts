import { existsSync } from 'node:fs';
import { defineWebExtConfig } from 'wxt';

/**
 * How `npm run dev` starts a browser. WXT finds an installed Chrome by itself; on Linux
 * machines that only have Debian's Chromium (as CI does), point it there. Chromium refuses
 * to start as root without --no-sandbox, which containers and CI usually are.
 */
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const asRoot = process.getuid?.() === 0;

export default defineWebExtConfig({
  binaries: existsSync(chromium) ? { chrome: chromium } : {},
  chromiumArgs: [
    ...(asRoot ? ['--no-sandbox'] : []),
    '--no-first-run',
    '--disable-background-networking',
  ],
});
