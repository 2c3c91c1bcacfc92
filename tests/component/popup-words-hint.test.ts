// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { english, locales } from '@/content/locales';

/**
 * The popup draws a reopened exercise in its first frame from a hint the last popup left in
 * the page's own storage. Each test imports the module afresh, as each popup page does.
 */

const id = 'sc-gentle-hug';
const manifest = (version: string) => ({ manifest_version: 3 as const, name: 'Tend', version });

async function newPopupPage() {
  vi.resetModules();
  return import('@/entrypoints/popup/exercise-text');
}

beforeEach(() => {
  localStorage.clear();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest('1.0.0'));
});

describe('the words of the last exercise shown', () => {
  it('are there at once in the next popup, in its language', async () => {
    const first = await newPopupPage();
    expect(await first.exerciseTextIn('de')(id)).toEqual({
      text: locales.de.exercises[id],
      lang: 'de',
    });

    const next = await newPopupPage();
    next.primeFromHint('de');
    expect(next.exerciseTextIn('de')(id)).toEqual({ text: locales.de.exercises[id], lang: 'de' });
  });

  it('load as usual without a hint', async () => {
    const page = await newPopupPage();
    page.primeFromHint('en');
    const answer = page.exerciseTextIn('en')(id);
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual({ text: english.exercises[id], lang: 'en' });
  });

  it('are not used after an update, in another language, or when the hint is damaged', async () => {
    await (await newPopupPage()).exerciseTextIn('en')(id);
    const saved = localStorage.getItem('tend.shownWords') ?? '';
    expect(JSON.parse(saved)).toMatchObject({ id, version: '1.0.0', locale: 'en' });

    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest('1.1.0'));
    const updated = await newPopupPage();
    updated.primeFromHint('en');
    const reloaded = updated.exerciseTextIn('en')(id);
    expect(reloaded).toBeInstanceOf(Promise);
    await reloaded; // it leaves a fresh hint; let it land before the next cases

    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(manifest('1.0.0'));
    const german = await newPopupPage();
    german.primeFromHint('de');
    const inGerman = german.exerciseTextIn('de')(id);
    expect(inGerman).toBeInstanceOf(Promise);
    await inGerman;

    for (const damaged of [
      '{not json',
      JSON.stringify({ ...JSON.parse(saved), text: { title: 3 } }),
    ]) {
      localStorage.setItem('tend.shownWords', damaged);
      const page = await newPopupPage();
      expect(() => page.primeFromHint('en')).not.toThrow();
      const loading = page.exerciseTextIn('en')(id);
      expect(loading).toBeInstanceOf(Promise);
      await loading;
    }
  });
});
