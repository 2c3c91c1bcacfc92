import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The bench's yardstick: the smallest extension a popup can be, one static HTML page with the
 * same kind of content as Tend's popup between breaks (a heading, a line, two buttons, styles
 * in the page). Built fresh for each run, so it is always measured by the same browser, in the
 * same run, beside Tend. Its service worker does nothing: it is there so that "warm" means the
 * same for both, a running worker and no page open, as between breaks.
 */
export function buildBaselineExtension(): string {
  const root = mkdtempSync(join(tmpdir(), 'tend-bench-baseline-'));
  mkdirSync(root, { recursive: true });
  writeFileSync(
    join(root, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Static popup baseline',
      version: '1.0',
      action: { default_popup: 'popup.html' },
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(root, 'worker.js'), '// Nothing to do.\n');
  writeFileSync(
    join(root, 'popup.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="color-scheme" content="light dark">
<title>Baseline</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; padding: 16px; width: 320px; }
h1 { font-size: 1.3rem; margin: 0 0 4px; }
button { display: block; width: 100%; margin-top: 8px; padding: 8px; border-radius: 8px; }
</style>
</head>
<body>
<main>
<h1 elementtiming="next-break">Next break at 15:42</h1>
<p>In 12 minutes</p>
<button type="button">Take a break now</button>
<button type="button">Do an exercise now</button>
</main>
</body>
</html>
`,
  );
  return root;
}
