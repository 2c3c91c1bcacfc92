import { describe, expect, it } from 'vitest';
import { exerciseProblems, exercises } from '@/content/index';
import { english, locales } from '@/content/locales';
import { type Exercise, type ExerciseText, processes } from '@/content/types';
import { exerciseText, setLocale } from '@/lib/i18n';
import { fleschKincaidGrade, words } from '@/lib/readability';

/** The quality bar of shared/CONTENT.md, one test a line. */

const text = (e: Exercise): ExerciseText => {
  const t = english.exercises[e.id];
  if (!t) throw new Error(`${e.id} has no English text`);
  return t;
};
const userFacing = (t: ExerciseText) =>
  [t.title, t.summary, ...t.steps, t.soloAlternative, t.noTouchAlternative, t.exitLine]
    .filter((x): x is string => typeof x === 'string')
    .join(' ');
const itemWords = (t: ExerciseText) => words([t.summary, ...t.steps].join(' ')).length;

describe('the exercise library', () => {
  it('has unique ids', () => {
    const ids = exercises.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('validates every item', () => {
    expect(exercises.flatMap(exerciseProblems)).toEqual([]);
  });

  it('names the item and the field when an item is malformed', () => {
    const broken = { ...exercises[0], source: { process: 'vibes', section: '' } };
    const problems = exerciseProblems(broken);
    expect(problems.some((p) => p.startsWith(`${exercises[0]?.id}: source.process:`))).toBe(true);
    expect(problems.some((p) => p.includes('source.section'))).toBe(true);
  });

  it('cites an idea and a section of the article in every item', () => {
    for (const e of exercises) {
      expect(processes).toContain(e.source.process);
      expect(e.source.section.length).toBeGreaterThan(3);
    }
  });

  it('has at least 32 live items', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps each kind between 40 and 60 % of the library', () => {
    const share = exercises.filter((e) => e.kind === 'connection').length / exercises.length;
    expect(share).toBeGreaterThanOrEqual(0.4);
    expect(share).toBeLessThanOrEqual(0.6);
  });

  it('uses every idea as primary in at least 2 items and no more than 25 %', () => {
    for (const p of processes) {
      const n = exercises.filter((e) => e.source.process === p).length;
      expect(n, p).toBeGreaterThanOrEqual(2);
      expect(n / exercises.length, p).toBeLessThanOrEqual(0.25);
    }
  });

  it('practises each of the three self-compassion beats in at least 2 items', () => {
    for (const beat of ['mindfulness', 'common-humanity', 'kindness'] as const) {
      expect(exercises.filter((e) => e.beat === beat).length, beat).toBeGreaterThanOrEqual(2);
    }
  });

  it('has 3–5 steps of at most 25 words, and at most 100 words an item', () => {
    for (const e of exercises) {
      const t = text(e);
      expect(t.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(t.steps.length, e.id).toBeLessThanOrEqual(5);
      for (const step of t.steps)
        expect(words(step).length, `${e.id}: ${step}`).toBeLessThanOrEqual(25);
      expect(itemWords(t), e.id).toBeLessThanOrEqual(100);
      expect(t.title.length, e.id).toBeLessThanOrEqual(40);
      expect(t.summary.length, e.id).toBeLessThanOrEqual(100);
    }
  });

  it('reads at grade 7 or below (Flesch–Kincaid)', () => {
    for (const e of exercises) {
      const t = text(e);
      expect(fleschKincaidGrade([t.summary, ...t.steps].join(' ')), e.id).toBeLessThanOrEqual(7);
    }
  });

  it('never uses the words the content rules forbid', () => {
    const banned =
      /\b(cure\w*|treat\w*|therap\w*|clinically|proven|diagnos\w*|cortisol|should|must|failed|missed)\b/i;
    for (const locale of Object.values(locales)) {
      for (const [id, t] of Object.entries(locale.exercises)) {
        expect(userFacing(t), id).not.toMatch(banned);
      }
    }
  });

  it('offers a solo way for every item that needs someone', () => {
    for (const e of exercises.filter((x) => x.needs !== 'nobody')) {
      expect(text(e).soloAlternative, e.id).toBeTruthy();
    }
  });

  it('offers a no-touch way for every touch item', () => {
    for (const e of exercises.filter((x) => x.touch)) {
      expect(text(e).noTouchAlternative, e.id).toBeTruthy();
    }
  });

  it('gives every self-compassion item a grounding way out', () => {
    for (const e of exercises.filter((x) => x.kind === 'self-compassion')) {
      expect(text(e).exitLine, e.id).toBeTruthy();
    }
  });

  it('has English words for every item, and no locale has words for unknown ids', () => {
    const ids = new Set(exercises.map((e) => e.id));
    expect(Object.keys(english.exercises).sort()).toEqual([...ids].sort());
    for (const locale of Object.values(locales)) {
      for (const id of Object.keys(locale.exercises)) expect(ids.has(id), id).toBe(true);
    }
  });

  it('falls back to English for an item not yet translated, never to a key', () => {
    const untranslated = exercises.find((e) => !locales.de.exercises[e.id]);
    expect(untranslated).toBeDefined();
    setLocale('de');
    try {
      expect(exerciseText(untranslated?.id ?? '')?.title).toBe(
        english.exercises[untranslated?.id ?? '']?.title,
      );
      expect(exerciseText('sc-kind-word')?.title).toBe('Ein freundliches Wort für dich');
    } finally {
      setLocale('en');
    }
  });

  it('translates at least 8 items into German, with the same number of steps', () => {
    const german = Object.entries(locales.de.exercises);
    expect(german.length).toBeGreaterThanOrEqual(8);
    for (const [id, t] of german)
      expect(t.steps.length, id).toBe(english.exercises[id]?.steps.length);
  });
});
