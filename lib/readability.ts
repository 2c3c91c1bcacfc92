/**
 * Flesch–Kincaid grade level, for the content tests' reading-age bar (grade 7 is about age
 * 12–13). The syllable count is the usual vowel-group estimate: good enough for a bar, not
 * for a dictionary. It is only meaningful for English text.
 */

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // A final silent e ("make", "tired") is no syllable of its own; "-le" after a consonant is.
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0;
  // Vowel pairs that are two syllables at a word's end: "do-ing", "be-ing", "i-de-a".
  const split = /(?:^|[^aeiou])[aeiou]ing$|[^aeiou]ea$/.test(w) ? 1 : 0;
  return Math.max(1, groups + split);
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
}

/**
 * A sentence ends at . ! or ?, also when a closing quote follows ("Say, 'I am here.' Then…"),
 * so quoted kind words do not merge two sentences into one long one.
 */
export function sentences(text: string): number {
  return Math.max(1, (text.match(/[.!?]+['"’”)]*(?=\s|$)/g) ?? []).length);
}

export function fleschKincaidGrade(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (ws.length / sentences(text)) + 11.8 * (syl / ws.length) - 15.59;
}
