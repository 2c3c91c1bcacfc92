import { describe, expect, it, vi } from 'vitest';
import {
  exerciseProblems,
  exercises,
  exerciseTextProblems,
  sourceProblems,
  sources,
} from '@/content/index';
import { retiredIds } from '@/content/library/retired';
import { english, locales } from '@/content/locales';
import enAbout from '@/content/locales/en/about';
import enCommon from '@/content/locales/en/common';
import { LOCALES, type Locale } from '@/content/locales/messages';
import {
  articleSections,
  beats,
  type Exercise,
  type ExerciseSource,
  type ExerciseText,
  processes,
} from '@/content/types';
import { fleschKincaidGrade, words } from '@/lib/readability';

/** The quality bar of shared/CONTENT.md, one test a line, plus the tone rules a test can see. */

const textIn = (locale: Locale, e: Exercise): ExerciseText => {
  const t = locales[locale].exercises[e.id];
  if (!t) throw new Error(`${e.id} has no ${locale} text`);
  return t;
};
const text = (e: Exercise) => textIn('en', e);
const sourceOf = (e: Exercise): ExerciseSource => {
  const s = sources[e.id];
  if (!s) throw new Error(`${e.id} has no source`);
  return s;
};
/** Every sentence a user reads for an item, the title aside (a heading, not a sentence). */
const sentencesOf = (t: ExerciseText) =>
  [t.summary, ...t.steps, t.soloAlternative, t.noTouchAlternative, t.exitLine]
    .filter((x): x is string => typeof x === 'string')
    .join(' ');
const userFacing = (t: ExerciseText) => `${t.title}. ${sentencesOf(t)}`;
const share = (n: number) => n / exercises.length;
const firstWord = (s: string) => (s.match(/\p{L}+/u)?.[0] ?? '').toLowerCase();

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

/**
 * The same in Spanish: curar, tratamiento, terapia, clínico, demostrado, diagnóstico, cortisol,
 * the commands (debes, deberías, tienes que, hay que) and the blame (fracasar, fallaste, perdiste).
 */
const bannedSpanish = anyWord([
  'cur(?:a|ar|an|ará|ación|aciones|ativo|ativa)',
  'tratamiento\\p{L}*',
  'terap\\p{L}*',
  'clínic\\p{L}*',
  '(?:com)?probad[oa]s?',
  'demostrad[oa]s?',
  'diagnó?stic\\p{L}*',
  'cortisol',
  'deb(?:es|éis|en|er|erías?|erían|ería)',
  'tienes que',
  'hay que',
  'fracas\\p{L}*',
  'fallaste',
  'perdiste',
]);
/**
 * The same in French: guérir, traitement, thérapie, cliniquement, prouvé, diagnostic, cortisol,
 * the commands (dois, devrais, il faut) and the blame (échoué, raté, manqué).
 */
const bannedFrench = anyWord([
  'guéri\\p{L}*',
  'traitement\\p{L}*',
  'thérap\\p{L}*',
  'clini\\p{L}*',
  'prouvé\\p{L}*',
  'diagnos\\p{L}*',
  'cortisol',
  'doi[st]',
  'doiven?t',
  'devr\\p{L}*',
  'il faut',
  'échou\\p{L}*',
  'raté\\p{L}*',
  'manqué\\p{L}*',
]);

/**
 * What each language must say in certain items, so the safety lines survive translation: the
 * invitation before touch, "a draft is enough" in message items, a way for when no one comes to
 * mind in items that recall a person, and no liturgical wish ("May I …", "Möge ich …"), which
 * reads as a quotation of known scripts rather than our own words.
 */
const rules: Record<
  Locale,
  { banned: RegExp; touchOpens: RegExp; noPressure: RegExp; noOne: RegExp; liturgy: RegExp }
> = {
  en: {
    banned: bannedEnglish,
    touchOpens: /^If you like,/,
    noPressure: /draft|keep it|no reply needed/i,
    noOne: /\b(no one|nobody|none)\b/i,
    liturgy: /\bmay (i|you|we|they|all)\b/i,
  },
  de: {
    banned: bannedGerman,
    touchOpens: /^Wenn du magst,/,
    noPressure: /Entwurf|behalte|keine Antwort nötig/i,
    noOne: /\b(niemand|keine[nrms]?)\b/i,
    liturgy: /\bmöge(st|n)?\b/i,
  },
  es: {
    banned: bannedSpanish,
    touchOpens: /^Si quieres,/,
    noPressure: /borrador|guárdal[oa]|no hace falta (respuesta|que respondas)/i,
    noOne: /\b(nadie|ninguno|ninguna)\b/i,
    liturgy: /(^|[.!?«]\s*)que (yo |tú )?(sea|seas|esté|estés|tengas?)\b/iu,
  },
  fr: {
    banned: bannedFrench,
    touchOpens: /^Si tu veux,/,
    noPressure: /brouillon|garde-l[ea]|pas besoin de (réponse|répondre)/i,
    noOne: /(?<!\p{L})(personne ne|si personne|aucune?)(?!\p{L})/iu,
    liturgy: /(?<!\p{L})puiss(e|es|ent|é-je)(?!\p{L})/iu,
  },
};

/** Lines of known authors and scripts that our exercises must not borrow. */
const knownLines = [
  'may i be kind to myself',
  'this is a moment of suffering',
  'suffering is a part of life',
  'may i give myself the compassion',
  'may i be happy',
  'may you be happy',
];

describe('the exercise library', () => {
  it('has unique ids', () => {
    const ids = exercises.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('never gives a live item a retired id', () => {
    expect(Object.keys(retiredIds).length).toBeGreaterThan(0);
    expect(exercises.map((e) => e.id).filter((id) => id in retiredIds)).toEqual([]);
    for (const [locale, bundle] of Object.entries(locales)) {
      const stale = Object.keys(bundle.exercises).filter((id) => id in retiredIds);
      expect(stale, locale).toEqual([]);
    }
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
    ['durationSec', { durationSec: 90 }],
    ['setting', { setting: [] }],
    ['id', { kind: first.kind === 'connection' ? 'self-compassion' : 'connection' }],
    ['beat', { beat: 'kindness' }],
    ['beats', { beats: [] }],
    ['recallsPerson', { recallsPerson: undefined }],
  ])('rejects a malformed item, naming the item and the field (%s)', (field, change) => {
    const problems = exerciseProblems({ ...first, ...change });
    expect(
      problems.some((p) => p.startsWith(`${first.id}: ${field}:`)),
      problems.join('\n'),
    ).toBe(true);
  });

  it.each([
    ['process', { process: 'vibes' }],
    ['process', { process: 'physiological' }],
    ['section', { section: 'A heading the article lacks' }],
    ['inspiredBy', { inspiredBy: 3 }],
    ['secondaries', { secondaries: ['empathy'] }],
  ])('rejects a malformed citation, naming the item and the field (%s)', (field, change) => {
    const problems = sourceProblems(first.id, { ...sourceOf(first), ...change });
    expect(
      problems.some((p) => p.startsWith(`${first.id}: source.${field}:`)),
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

  it('cites an idea and a heading of the article in every item, and cites no unknown id', () => {
    for (const e of exercises) {
      expect(sourceProblems(e.id, sources[e.id])).toEqual([]);
      expect(processes, e.id).toContain(sourceOf(e).process);
      expect(articleSections, e.id).toContain(sourceOf(e).section);
    }
    const ids = new Set(exercises.map((e) => e.id));
    expect(Object.keys(sources).filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has at least 44 live items', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(44);
  });

  it('keeps each kind between 40 and 60 % of the library', () => {
    for (const kind of ['connection', 'self-compassion'] as const) {
      const n = exercises.filter((e) => e.kind === kind).length;
      expect(share(n), kind).toBeGreaterThanOrEqual(0.4);
      expect(share(n), kind).toBeLessThanOrEqual(0.6);
    }
  });

  it('never makes physiological an item’s primary idea: we promise no body effect', () => {
    expect(
      exercises.filter((e) => sourceOf(e).process === 'physiological').map((e) => e.id),
    ).toEqual([]);
  });

  it('uses every other idea of the article as primary in at least 2 items', () => {
    for (const p of processes.filter((x) => x !== 'physiological')) {
      expect(exercises.filter((e) => sourceOf(e).process === p).length, p).toBeGreaterThanOrEqual(
        2,
      );
    }
  });

  it('practises each of the three self-compassion beats in at least 2 items, and all three in one', () => {
    for (const beat of beats) {
      const n = exercises.filter((e) => e.beats?.includes(beat)).length;
      expect(n, beat).toBeGreaterThanOrEqual(2);
    }
    expect(exercises.some((e) => beats.every((b) => e.beats?.includes(b)))).toBe(true);
  });

  it('gives something to do within the break: no item opens by waiting for a later moment', () => {
    const later = /\b(next time|when you next|in your next|next talk|next meeting|tomorrow)\b/i;
    for (const e of exercises) {
      expect(text(e).summary, e.id).not.toMatch(later);
      expect(text(e).steps[0], e.id).not.toMatch(later);
    }
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

  it('uses no line of a known author or script', () => {
    for (const [locale, bundle] of Object.entries(locales)) {
      for (const [id, t] of Object.entries(bundle.exercises)) {
        const lower = userFacing(t).toLowerCase();
        for (const line of knownLines) expect(lower, `${locale}/${id}`).not.toContain(line);
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

  it('marks every item that asks to bring a person to mind as recalling a person', () => {
    const recall =
      /\b(remember|recall|bring to mind|think of|think about)\b[^.?!]*\b(someone|person|friend|others|people|who)\b/i;
    for (const e of exercises) {
      const asks = [...text(e).steps, text(e).soloAlternative ?? ''].some((s) => recall.test(s));
      if (asks) expect(e.recallsPerson, e.id).toBe(true);
    }
  });
});

describe('each language', () => {
  it('has English words for every item, and no locale has words for unknown ids', () => {
    const ids = new Set(exercises.map((e) => e.id));
    expect(Object.keys(english.exercises).sort()).toEqual([...ids].sort());
    for (const [locale, bundle] of Object.entries(locales)) {
      for (const id of Object.keys(bundle.exercises))
        expect(ids.has(id), `${locale}/${id}`).toBe(true);
    }
  });

  it.each(LOCALES)('%s has every item, with the same steps and safety lines as English', (l) => {
    const missing = exercises.filter((e) => !locales[l].exercises[e.id]).map((e) => e.id);
    expect(missing).toEqual([]);
    const shape = (t: ExerciseText | undefined) => ({
      steps: t?.steps.length,
      solo: Boolean(t?.soloAlternative),
      noTouch: Boolean(t?.noTouchAlternative),
      exit: Boolean(t?.exitLine),
    });
    for (const e of exercises) expect(shape(textIn(l, e)), e.id).toEqual(shape(text(e)));
  });

  it.each(LOCALES)('%s has every UI word', (l) => {
    const missing = Object.keys(english.ui).filter((key) => !(key in locales[l].ui));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('%s has 3 to 5 steps, at most 25 words a step, 100 an item', (l) => {
    for (const e of exercises) {
      const t = textIn(l, e);
      expect(t.steps.length, e.id).toBeGreaterThanOrEqual(3);
      expect(t.steps.length, e.id).toBeLessThanOrEqual(5);
      for (const step of t.steps)
        expect(words(step).length, `${e.id}: ${step}`).toBeLessThanOrEqual(25);
      expect(words(userFacing(t)).length, e.id).toBeLessThanOrEqual(100);
    }
  });

  it.each(LOCALES)('%s never uses its forbidden words, in exercises or UI words', (l) => {
    for (const e of exercises) expect(userFacing(textIn(l, e)), e.id).not.toMatch(rules[l].banned);
    const { aboutScope, ...ui } = locales[l].ui;
    for (const [key, value] of Object.entries(ui)) expect(value, key).not.toMatch(rules[l].banned);
    expect(aboutScope?.replace(/(?<!\p{L})(?:therap|terap|thérap)\p{L}*/iu, '')).not.toMatch(
      rules[l].banned,
    );
  });

  it.each(LOCALES)('%s writes its own wishes, never liturgical ones', (l) => {
    for (const e of exercises) expect(userFacing(textIn(l, e)), e.id).not.toMatch(rules[l].liturgy);
  });

  it.each(LOCALES)(
    '%s varies the openings: no first word opens more than a quarter of the items',
    (l) => {
      const counts = new Map<string, string[]>();
      for (const e of exercises) {
        const word = firstWord(textIn(l, e).steps[0] ?? '');
        counts.set(word, [...(counts.get(word) ?? []), e.id]);
      }
      for (const [word, ids] of counts)
        expect(share(ids.length), `"${word}": ${ids}`).toBeLessThanOrEqual(0.25);
    },
  );

  it.each(LOCALES)('%s varies the endings: no exit line is shared by more than a third', (l) => {
    const lines = exercises.map((e) => textIn(l, e).exitLine).filter((x) => x !== undefined);
    for (const line of new Set(lines)) {
      const n = lines.filter((x) => x === line).length;
      expect(n / lines.length, line).toBeLessThanOrEqual(1 / 3);
    }
  });

  it.each(LOCALES)('%s invites touch: every touch item opens with "if you like"', (l) => {
    for (const e of exercises.filter((x) => x.touch))
      expect(textIn(l, e).steps[0], e.id).toMatch(rules[l].touchOpens);
  });

  it.each(LOCALES)('%s never presses anyone to send: a draft is enough, no reply needed', (l) => {
    for (const e of exercises.filter((x) => x.needs === 'someone-async'))
      expect(textIn(l, e).steps.join(' '), e.id).toMatch(rules[l].noPressure);
  });

  it.each(LOCALES)(
    '%s gives every item that recalls a person a way out: no one, and an exit',
    (l) => {
      for (const e of exercises.filter((x) => x.recallsPerson)) {
        const t = textIn(l, e);
        expect([...t.steps, t.soloAlternative ?? ''].join(' '), e.id).toMatch(rules[l].noOne);
        expect(t.exitLine, e.id).toBeTruthy();
      }
    },
  );

  it('falls back to English for an item a language lacks, never to a key', async () => {
    vi.resetModules();
    const i18n = await import('@/lib/i18n');
    const [lacking, translated] = exercises.map((e) => e.id);
    if (!lacking || !translated) throw new Error('the library is empty');
    i18n.addWords('en', english);
    i18n.addWords('de', {
      ui: {},
      exercises: { [translated]: textIn('de', exercises[1] as Exercise) },
    });
    i18n.setLocale('de');
    expect(i18n.exerciseText(lacking)).toEqual(english.exercises[lacking]);
    expect(i18n.exerciseText(translated)).toEqual(locales.de.exercises[translated]);
    expect(i18n.exerciseText('cn-no-such-item')).toBeUndefined();
  });
});
