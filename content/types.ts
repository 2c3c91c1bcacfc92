/**
 * The exercise library's types. Structure (ids, kinds, needs) lives in content/library/, the
 * citations in content/library/sources.ts; every word a user reads lives in
 * content/locales/<locale>/exercises.ts. All keyed by id.
 */

export type ExerciseKind = 'connection' | 'self-compassion';

/** The ideas of the source article an exercise can draw on (see shared CONTENT.md). */
export const processes = [
  'physiological',
  'cognitive.memory',
  'cognitive.attention',
  'cognitive.perception',
  'behavioral.communication',
  'behavioral.touch',
  'behavioral.cooperation',
  'empathy',
  'support',
  'self-compassion',
] as const;

export type Process = (typeof processes)[number];

/** The headings of the source article, which an exercise's `source.section` cites. */
export const articleSections = [
  'What is intimacy, connection, and engagement?',
  'Why do intimacy, connection, and engagement matter during times of stress?',
  'Internal processes that sustain intimacy, connection, and engagement during stress',
  'Physiological processes',
  'Cognitive processes',
  'Behavioral processes',
  'What internal processes sustain intimacy, connection, and engagement during stress?',
] as const;

export type Needs = 'nobody' | 'someone-async' | 'someone-live';

/** The three beats of a self-compassion break (after Kristin Neff's practice). */
export const beats = ['mindfulness', 'common-humanity', 'kindness'] as const;
export type Beat = (typeof beats)[number];

export type Setting = 'desk' | 'shared-space' | 'private';

export interface Exercise {
  /** Stable, never reused: `cn-…` for connection, `sc-…` for self-compassion. */
  id: string;
  kind: ExerciseKind;
  durationSec: 60 | 120 | 180;
  needs: Needs;
  setting: Setting[];
  /** Involves (one's own, optional) touch; then the text offers a no-touch alternative. */
  touch: boolean;
  /**
   * Asks the user to bring a particular person (or people) to mind. Such a thought can land
   * on someone gone, or on no one at all, so the text then offers a way out for both, and an
   * exit line.
   */
  recallsPerson: boolean;
  /** For self-compassion items: the beats of a self-compassion break it practises. */
  beats?: Beat[];
  /** Optional seconds per step for the gentle timer; same length as the steps. */
  stepSeconds?: number[];
}

/** Where an exercise comes from (content/library/sources.ts, keyed by exercise id). */
export interface ExerciseSource {
  /** The idea of the article it practises; never physiological. */
  process: Process;
  /** Heading of the article section it draws on. */
  section: string;
  secondary?: Process[];
  /** A public practice that inspired the form, if any. */
  inspiredBy?: string;
}

/** The words of one exercise in one locale. */
export interface ExerciseText {
  title: string;
  summary: string;
  steps: string[];
  /** For items that need someone: how to do it alone. */
  soloAlternative?: string;
  /** For touch items: the same without touch. */
  noTouchAlternative?: string;
  /** A grounding way out: every self-compassion item and every item that recalls a person. */
  exitLine?: string;
}
