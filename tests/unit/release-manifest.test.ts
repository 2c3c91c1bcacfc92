import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@/content/locales/messages';

/**
 * Reads the manifests and bundles of real release builds, so a permission, a host access or
 * a test-only limit that slips into a release fails here rather than in store review.
 */
const allowed: Record<string, string[]> = {
  'chrome-mv3': ['alarms', 'storage', 'notifications', 'idle', 'offscreen'],
  'firefox-mv2': ['alarms', 'storage', 'notifications', 'idle'],
};

const outDir = '.output';

beforeAll(() => {
  execFileSync('npx', ['wxt', 'build'], { stdio: 'ignore' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'ignore' });
}, 120_000);

function manifest(target: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(outDir, target, 'manifest.json'), 'utf8'));
}

function scripts(target: string): string {
  const dir = join(outDir, target);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  return files
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('the Firefox release build', () => {
  it('runs its background as an event page that Firefox can unload, as Chrome does its worker', () => {
    expect(manifest('firefox-mv2').background).toEqual({
      persistent: false,
      scripts: ['background.js'],
    });
  });

  it('names its add-on id and declares that it collects no data', () => {
    expect(manifest('firefox-mv2').browser_specific_settings).toMatchObject({
      gecko: { id: expect.any(String), data_collection_permissions: { required: ['none'] } },
    });
  });
});

describe.each(Object.keys(allowed))('the %s release build', (target) => {
  it('asks only for the permissions Tend needs', () => {
    const m = manifest(target);
    expect(m.permissions).toEqual(allowed[target]);
    expect(m.optional_permissions ?? []).toEqual([]);
  });

  it('asks for no host access, content scripts or remote code', () => {
    const m = manifest(target);
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('content_scripts');
    expect(m).not.toHaveProperty('web_accessible_resources');
    expect(JSON.stringify(m.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
    const code = scripts(target);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    expect(code).not.toMatch(/\.(innerHTML|outerHTML)\s*=(?!=)/);
  });

  it('declares the keyboard shortcuts: open the popup, and take a break now', () => {
    const opensPopup = target === 'firefox-mv2' ? '_execute_browser_action' : '_execute_action';
    expect(manifest(target).commands).toEqual({
      [opensPopup]: { suggested_key: { default: 'Alt+Shift+T' } },
      'take-break': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_cmdTakeBreak__',
      },
    });
  });

  it("names itself in the browser's language, with every key in every locale", () => {
    const m = manifest(target);
    expect(m.default_locale).toBe('en');
    const used = [...JSON.stringify(m).matchAll(/__MSG_(\w+)__/g)].map((x) => x[1] ?? '');
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    expect(m.name).toBe('__MSG_extName__');
    const button = (m.action ?? m.browser_action) as { default_title?: string };
    expect(button.default_title).toBe('__MSG_extName__');
    const dir = join(outDir, target, '_locales');
    expect(readdirSync(dir).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) {
      const messages = JSON.parse(readFileSync(join(dir, locale, 'messages.json'), 'utf8'));
      for (const key of used) expect(messages[key]?.message, `${locale}/${key}`).toBeTruthy();
      // The stores cut a longer description.
      expect(messages.extDescription.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('carries the release limits, never the second-scale ones of the test build', () => {
    const code = scripts(target);
    expect(code).toMatch(/workIntervalSec:\{min:300,/);
    expect(code).not.toMatch(/workIntervalSec:\{min:2,/);
    expect(code).not.toContain('test-presence');
    expect(code).not.toContain('test-notification-click');
  });
});
