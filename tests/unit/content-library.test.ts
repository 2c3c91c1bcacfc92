import { describe, expect, it } from 'vitest';
import { exerciseProblems, exercises, exerciseTextProblems } from '@/content/index';
import { english, locales } from '@/content/locales';
import enAbout from '@/content/locales/en/about';
import enCommon from '@/content/locales/en/common';
import {
  articleSections,
  beats,
  type Exercise,
  type ExerciseText,
  processes,
} from '@/content/types';
import { exerciseText, setLocale } from '@/lib/i18n';
import { fleschKincaidGrade, words } from '@/lib/readability';

/** The quality bar of shared/CONTENT.md, one test a line, plus the tone rules a test can see. */

const text = (e: Exercise): ExerciseText => {
  const t = english.exercises[e.id];
  if (!t) throw new Error(`${e.id} has no English text`);
  return t;
};
/** Every sentence a user reads for an item, the title aside (a heading, not a sentence). */
const sentencesOf = (t: ExerciseText) =>
  [t.summary, ...t.steps, t.soloAlternative, t.noTouchAlternative, t.exitLine]
    .filter((x): x is string => typeof x === 'string')
    .join(' ');
const userFacing = (t: ExerciseText) => `${t.title}. ${sentencesOf(t)}`;
const share = (n: number) => n / exercises.length;

/** Whole words only, in any script: "treat" must not match inside "retreat". */
const anyWord = (stems: string[]) =>
  new RegExp(`(?<!\\p{L})(?:${stems.join('|')})(?!\\p{L})`, 'iu');
/** "treat" also catches "treatment", "therapy" also "therapist". */
const bannedEnglish = anyWord([
  'cure\\p{L}*',
  'treat\\p{L}*',
  'therap\\p{L}*',
  'clinically',
  'proven',
  'diagnos\\p{L}*',
  'cortisol',
  'should',
  'must',
  'failed',
  'missed',
]);
/** The same promises and commands in German: heilen, Behandlung, muss, sollte, versagt … */
const bannedGerman = anyWord([
  'heil\\p{L}*',
  'behandl\\p{L}*',
  'therap\\p{L}*',
  'klinisch\\p{L}*',
  'bewiesen',
  'diagnos\\p{L}*',
  '[ck]ortisol',
  'muss\\p{L}*',
  'müss\\p{L}*',
  'soll\\p{L}*',
  'versagt',
  'verpasst',
]);

describe('the exercise library', () => {
  it('has unique ids', () => {
    const ids = exercises.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('validates every item', () => {
    expect(exercises.flatMap(exerciseProblems)).toEqual([]);
  });

  it("validates every item's words in every locale", () => {
    const problems = Object.entries(locales).flatMap(([locale, bundle]) =>
      Object.entries(bundle.exercises).flatMap(([id, t]) => exerciseTextProblems(locale, id, t)),
    );
    expect(problems).toEqual([]);
  });

  const first = exercises[0] as Exercise;
  it.each([
    ['source.process', { source: { ...first.source, process: 'vibes' } }],
    ['source.section', { source: { ...first.source, section: 'A heading the article lacks' } }],
    ['durationSec', { durationSec: 90 }],
    ['setting', { setting: [] }],
    ['id', { kind: first.kind === 'connection' ? 'self-compassion' : 'connection' }],
    ['beats', { beats: 'kindness' }],
  ])('rejects a malformed item, naming the item and the field (%s)', (field, change) => {
    const problems = exerciseProblems({ ...first, ...change });
    expect(
      problems.some((p) => p.startsWith(`${first.id}: ${field}:`)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('rejects malformed words, naming the locale, the item and the field', () => {
    const words = { title: 'Fine', summary: 'Fine.', steps: ['One.', 'Two.'] };
    expect(exerciseTextProblems('de', 'sc-kind-word', words)).toEqual([
      'de/sc-kind-word: steps: an exercise has 3 to 5 steps',
    ]);
    const long = { ...words, steps: ['One.', 'Two.', 'word '.repeat(26)] };
    expect(exerciseTextProblems('en', 'cn-x', long)).toEqual([
      'en/cn-x: steps.2: a step has at most 25 words',
    ]);
  });

  it('cites an idea and a heading of the article in every item', () => {
    for (const e of exercises) {
      expect(processes, e.id).toContain(e.source.process);
      expect(articleSections, e.id).toContain(e.source.section);
    }
  });

  it('has at least 32 live items', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(32);
  });

  it('keeps each kind between 40 and 60 % of the library', () => {
    for (const kind of ['connection', 'self-compassion'] as const) {
      const n = exercises.filter((e) => e.kind === kind).length;
      expect(share(n), kind).toBeGreaterThanOrEqual(0.4);
      expect(share(n), kind).toBeLessThanOrEqual(0.6);
    }
  });

  it('uses every idea of the article as primary in at least 2 items and no more than 25 %', () => {
    for (const p of processes) {
      const n = exercises.filter((e) => e.source.process === p).length;
      expect(n, p).toBeGreaterThanOrEqual(2);
      expect(share(n), p).toBeLessThanOrEqual(0.25);
    }
  });

  it('practises each of the three self-compassion beats in at least 2 items', () => {
    for (const beat of beats) {
      expect(exercises.filter((e) => e.beat === beat).length, beat).toBeGreaterThanOrEqual(2);
    }
  });

  it('has 3 to 5 steps in every item', () => {
    for (const e of exercises) {
      expect(text(e).steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(text(e).steps.length, e.id).toBeLessThanOrEqual(5);
    }
  });

  it('has at most 25 words a step', () => {
    for (const e of exercises) {
      for (const step of text(e).steps)
        expect(words(step).length, `${e.id}: ${step}`).toBeLessThanOrEqual(25);
    }
  });

  it('has at most 100 words an item, counting every line the user reads', () => {
    for (const e of exercises)
      expect(words(userFacing(text(e))).length, e.id).toBeLessThanOrEqual(100);
  });

  it('reads at grade 7 or below (Flesch–Kincaid), alternatives and way out included', () => {
    for (const e of exercises) {
      expect(fleschKincaidGrade(sentencesOf(text(e))), e.id).toBeLessThanOrEqual(7);
    }
  });

  it('never uses the forbidden words in English, in any exercise or in the About text', () => {
    for (const [locale, bundle] of Object.entries(locales)) {
      for (const [id, t] of Object.entries(bundle.exercises))
        expect(userFacing(t), `${locale}/${id}`).not.toMatch(bannedEnglish);
    }
    // The scope note is the one place that may say what the exercises are not: therapy.
    const { aboutScope, ...rest } = { ...enCommon, ...enAbout };
    for (const [key, value] of Object.entries(rest)) expect(value, key).not.toMatch(bannedEnglish);
    expect(aboutScope.replace(/\btherapy\b/, '')).not.toMatch(bannedEnglish);
  });

  it('never uses the same forbidden words in German', () => {
    for (const [id, t] of Object.entries(locales.de.exercises))
      expect(userFacing(t), id).not.toMatch(bannedGerman);
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

  it('invites rather than asks for touch: every touch item opens with "If you like"', () => {
    for (const e of exercises.filter((x) => x.touch)) {
      expect(text(e).steps[0], e.id).toMatch(/^If you like,/);
    }
  });

  it('never presses anyone to send: every message item says a draft is enough or no reply is needed', () => {
    for (const e of exercises.filter((x) => x.needs === 'someone-async')) {
      expect(text(e).steps.join(' '), e.id).toMatch(/draft|keep it|no reply needed/i);
    }
  });

  it('has English words for every item, and no locale has words for unknown ids', () => {
    const ids = new Set(exercises.map((e) => e.id));
    expect(Object.keys(english.exercises).sort()).toEqual([...ids].sort());
    for (const [locale, bundle] of Object.entries(locales)) {
      for (const id of Object.keys(bundle.exercises))
        expect(ids.has(id), `${locale}/${id}`).toBe(true);
    }
  });

  it('falls back to English for an item not yet translated, never to a key', () => {
    const untranslated = exercises.find((e) => !locales.de.exercises[e.id]);
    if (!untranslated) throw new Error('every item is translated: pick another fallback test');
    setLocale('de');
    try {
      expect(exerciseText(untranslated.id)).toEqual(english.exercises[untranslated.id]);
      expect(exerciseText('sc-kind-word')?.title).toBe('Ein freundliches Wort für dich');
    } finally {
      setLocale('en');
    }
  });

  it('translates at least 8 items into German, each with the same steps and safety lines', () => {
    const german = Object.entries(locales.de.exercises);
    expect(german.length).toBeGreaterThanOrEqual(8);
    const shape = (t: ExerciseText | undefined) => ({
      steps: t?.steps.length,
      solo: Boolean(t?.soloAlternative),
      noTouch: Boolean(t?.noTouchAlternative),
      exit: Boolean(t?.exitLine),
    });
    for (const [id, t] of german) expect(shape(t), id).toEqual(shape(english.exercises[id]));
  });
});
