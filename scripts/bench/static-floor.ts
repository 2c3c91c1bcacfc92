import './build-globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FRAME_PAGE } from '../../lib/store/frame-key';
import { buildBaselineExtension } from './baseline-extension';
import { unpackedExtensionId } from './cdp';
import { PaintBench, type Target } from './first-paint';
import { median } from './median';
import { START_LONG_BREAK } from './popup-paint';

/**
 * How near a page with a script can get to the static baseline (issue 15): for one state of
 * Tend's popup, warm and cold first paint of
 * - the baseline (scripts/bench/baseline-extension.ts),
 * - Tend's frame page as the worker publishes it (the kept frame, popup-frame.html),
 * - the same elements written into the page itself, with no script: the floor for that content,
 * - that static page with one empty render-blocking module script: the floor for any page that
 *   must run a script before its paint, as a page showing a time or an exercise must (MV3
 *   allows no inline script, and the worker can neither write nor serve a page), also with
 *   the frame page's long address, to tell the address's cost from the script's work.
 *
 *   npm run build && npx jiti scripts/bench/static-floor.ts [between|break] [opens]
 *
 * Interleaved opens in one browser, so the machine's drift hits every page alike; prints the
 * medians and the ratios to the baseline's, plainly and open by open ("paired").
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const state = process.argv[2] === 'break' ? 'break' : 'between';
const opens = Number(process.argv[3] ?? 12);

const tendPath = mkdtempSync(join(tmpdir(), 'tend-floor-'));
cpSync(resolve('.output/chrome-mv3'), tendPath, { recursive: true });
const baselinePath = buildBaselineExtension();
const bench = await PaintBench.start(CHROMIUM, [tendPath, baselinePath]);
try {
  await sleep(3000); // installed, its schedule stored, its welcome page opened
  await bench.closeExtensionPages();
  const content = state === 'break' ? 'exercise-title' : 'next-break';
  const tend: Target = { path: tendPath, content };
  if (state === 'break') {
    await bench.evaluateIn(tend, START_LONG_BREAK);
    await sleep(1000);
  }
  // Opened until a popup has kept its frame and the worker publishes the frame page.
  let framePage = await bench.popupAddress(tend);
  for (let tries = 0; !framePage.includes(`${FRAME_PAGE}?`) && tries < 5; tries++) {
    await bench.open(tend, framePage);
    await sleep(1500);
    framePage = await bench.popupAddress(tend);
  }
  if (!framePage.includes(`${FRAME_PAGE}?`)) throw new Error('No frame page published');
  const markup = String(
    await bench.evaluateIn(
      tend,
      `new Promise((done) => {
        const frame = document.createElement('iframe');
        frame.src = ${JSON.stringify(framePage)};
        frame.onload = () => setTimeout(() => done(frame.contentDocument.getElementById('app').innerHTML), 500);
        document.body.append(frame);
      })`,
    ),
  );

  const page = readFileSync(join(tendPath, FRAME_PAGE), 'utf8');
  const filled = page.replace('<div id="app"></div>', () => `<div id="app">${markup}</div>`);
  const script = /<script [^>]*src="\/popup-first-frame\.js"[^>]*><\/script>/;
  writeFileSync(join(tendPath, 'floor-static.html'), filled.replace(script, ''));
  writeFileSync(join(tendPath, 'floor-empty.js'), 'void 0;\n');
  writeFileSync(
    join(tendPath, 'floor-script.html'),
    filled.replace(
      script,
      '<script type="module" src="/floor-empty.js" blocking="render"></script>',
    ),
  );

  const at = (path: string, file: string) =>
    `chrome-extension://${unpackedExtensionId(path)}/${file}`;
  const pages: [string, Target, string][] = [
    ['baseline', { path: baselinePath, content: 'next-break' }, at(baselinePath, 'popup.html')],
    ['Tend frame page', tend, framePage],
    ['same content, static', tend, at(tendPath, 'floor-static.html')],
    ['static + empty script', tend, at(tendPath, 'floor-script.html')],
    // The frame page's address, for the cost of its length alone (the empty script reads none).
    [
      "  + the frame's address",
      tend,
      at(tendPath, `floor-script.html${new URL(framePage).search}`),
    ],
  ];
  const figures = new Map<string, number[]>();
  for (let i = 0; i < opens; i++) {
    for (const mode of ['warm', 'cold']) {
      for (const [name, target, address] of pages) {
        await bench.makeCold();
        if (mode === 'warm') await bench.keepAlive(target);
        const open = await bench.open(target, address);
        const key = `${mode}|${name}`;
        figures.set(key, [...(figures.get(key) ?? []), open?.fcp ?? Number.NaN]);
      }
    }
  }
  console.log(`first contentful paint, ${state === 'break' ? 'on a break' : 'between breaks'}:`);
  for (const [key, fcps] of figures) {
    const [mode, name] = key.split('|') as [string, string];
    const base = figures.get(`${mode}|baseline`) ?? [];
    const paired = median(fcps.map((fcp, i) => fcp / (base[i] ?? Number.NaN)));
    console.log(
      `  ${mode} ${name.padEnd(24)} ${median(fcps).toFixed(0).padStart(4)} ms  ` +
        `${(median(fcps) / median(base)).toFixed(2)} (paired ${paired.toFixed(2)})`,
    );
  }
} finally {
  await bench.close();
  rmSync(tendPath, { recursive: true, force: true });
}
