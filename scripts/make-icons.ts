/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers ask for, with the same
 * Debian Chromium the e2e tests use. Run after changing the mark: `node scripts/make-icons.ts`.
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const sizes = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage();
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
}
await browser.close();
console.log(`icons: ${sizes.join(', ')} px written to public/icon/`);
