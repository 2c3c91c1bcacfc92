/**
 * Ids of exercises taken out of the library, with why. An id is never reused: a user's
 * favourites, "not for me" and history still name it, and must never come to mean another
 * exercise. tests/unit/content-library.test.ts fails when a live item takes one of these.
 */
export const retiredIds: Readonly<Record<string, string>> = {
  'cn-body-language':
    'could not be done within the break, needed a shared space, and read looking away as a signal, though gaze norms differ across cultures and for autistic people',
  'sc-warm-cup': 'needed a warm drink or sun, and practised no step of self-compassion',
  'sc-what-went-okay':
    'three good things without what or who helped; cn-three-good-things does it whole',
};
