/**
 * Flesch–Kincaid grade level, for the content tests' reading-age bar (grade 7 is about age
 * 12–13). The syllable count is the usual vowel-group estimate: good enough for a bar, not
 * for a dictionary.
 */

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[a-z]/i.test(w));
}

export function fleschKincaidGrade(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syl = ws.reduce((sum, w) => sum + syllables(w), 0);
  return 0.39 * (ws.length / sentences) + 11.8 * (syl / ws.length) - 15.59;
}
