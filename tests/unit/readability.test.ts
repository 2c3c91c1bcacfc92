import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, sentences, syllables, words } from '@/lib/readability';

describe('reading grade', () => {
  it.each([
    ['the', 1],
    ['breathe', 1],
    ['tired', 1],
    ['warmth', 1],
    ['people', 2],
    ['little', 2],
    ['moment', 2],
    ['quiet', 2],
    ['someone', 2],
    ['doing', 2],
    ['being', 2],
    ['seeing', 2],
    ['kindness', 2],
    ['idea', 3],
    ['remember', 3],
    ['together', 3],
    ['attention', 3],
    ['compassion', 3],
  ])('counts the syllables of "%s" as %i', (word, n) => {
    expect(syllables(word)).toBe(n);
  });

  it('counts words, not punctuation', () => {
    expect(words("Say, 'I am here.' — then rest.")).toEqual([
      'Say,',
      "'I",
      'am',
      "here.'",
      'then',
      'rest.',
    ]);
  });

  it('ends a sentence also where a closing quote follows the full stop', () => {
    expect(sentences("Say, 'I am here.' Then rest. Is it okay?")).toBe(3);
  });

  it('rates short plain sentences low and long, many-syllabled ones high', () => {
    expect(fleschKincaidGrade('Pause. Take a breath. Notice your feet.')).toBeLessThan(3);
    expect(
      fleschKincaidGrade(
        'Interpersonal synchronization substantially facilitates physiological regulation, particularly during considerably demanding organizational circumstances.',
      ),
    ).toBeGreaterThan(16);
  });
});
