import { describe, expect, it } from 'vitest';
import { limits } from '@/lib/settings/limits';
import { repairSettings, settingIssue } from '@/lib/settings/schema';
import { defaultSettings } from '@/lib/settings/settings';

describe('settings', () => {
  it('refuses second-scale intervals in a released build', () => {
    // vitest compiles with __TEND_TEST_BUILD__ = false, as `npm run build` does.
    expect(limits.workIntervalSec.min).toBe(5 * 60);
    expect(settingIssue('workIntervalSec', 3)).not.toBeNull();
    expect(settingIssue('breakLengthSec', 1)).not.toBeNull();
    expect(settingIssue('workIntervalSec', 25 * 60)).toBeNull();
  });

  it('takes 0 or 2 to 10 for long breaks, 0 or 30 s to 5 min for the heads-up', () => {
    for (const ok of [0, 2, 10]) expect(settingIssue('longBreakEvery', ok)).toBeNull();
    for (const bad of [1, 11, -1, 2.5]) expect(settingIssue('longBreakEvery', bad)).not.toBeNull();
    for (const ok of [0, 30, 300]) expect(settingIssue('headsUpSec', ok)).toBeNull();
    for (const bad of [1, 29, 301]) expect(settingIssue('headsUpSec', bad)).not.toBeNull();
    expect(settingIssue('longBreakLengthSec', 60)).not.toBeNull();
    expect(settingIssue('longBreakLengthSec', 15 * 60)).toBeNull();
    expect(defaultSettings).toMatchObject({ longBreakEvery: 0, headsUpSec: 0 });
  });

  it('keeps every valid field of a damaged value and says which fell back', () => {
    const { settings, replaced } = repairSettings({
      ...defaultSettings,
      workIntervalSec: 20 * 60,
      snoozeDailyCap: 'lots',
      workHours: { enabled: true, days: [[{ start: 600, end: 500 }]] },
      unknownField: 1,
    });
    expect(settings.workIntervalSec).toBe(20 * 60);
    expect(settings.snoozeDailyCap).toBe(defaultSettings.snoozeDailyCap);
    expect(settings.workHours).toEqual(defaultSettings.workHours);
    expect(replaced.sort()).toEqual(['snoozeDailyCap', 'workHours']);
    expect(settings).not.toHaveProperty('unknownField');
  });

  it("follows the browser's language by default, and keeps only a language Tend speaks", () => {
    expect(defaultSettings.language).toBe('auto');
    expect(settingIssue('language', 'fr')).toBeNull();
    expect(settingIssue('language', 'xx')).not.toBeNull();
    // Settings from before the language choice existed: the language follows the browser.
    const { language: _, ...older } = defaultSettings;
    expect(repairSettings(older).settings.language).toBe('auto');
    expect(repairSettings({ ...defaultSettings, language: 'es' }).settings.language).toBe('es');
  });

  it('falls back to every default for something that is not settings at all', () => {
    expect(repairSettings('nonsense').settings).toEqual(defaultSettings);
    expect(repairSettings(null).replaced).toHaveLength(Object.keys(defaultSettings).length);
  });

  it('refuses overlapping or backwards work periods', () => {
    const days = (ranges: { start: number; end: number }[]) => ({
      enabled: true,
      days: [ranges, [], [], [], [], [], []],
    });
    expect(
      settingIssue(
        'workHours',
        days([
          { start: 540, end: 720 },
          { start: 780, end: 1020 },
        ]),
      ),
    ).toBeNull();
    expect(
      settingIssue(
        'workHours',
        days([
          { start: 540, end: 800 },
          { start: 780, end: 1020 },
        ]),
      ),
    ).toMatch(/overlap/);
    expect(settingIssue('workHours', days([{ start: 900, end: 600 }]))).toMatch(/end after/);
  });

  it('never shares the default object with a repaired copy', () => {
    const { settings } = repairSettings({});
    settings.workHours.days[1]?.push({ start: 0, end: 1 });
    expect(defaultSettings.workHours.days[1]).toHaveLength(1);
  });
});
