import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQueryJson, queryJson } from '@/lib/store/query-json';

/** What the page reads back of an address the worker set: the browser canonicalises it. */
const readBack = (query: string) => new URL(`chrome-extension://tend/popup.html?${query}`).search;

describe('JSON in a query', () => {
  it('reads back any value exactly, through any characters', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, text) => {
        const json = JSON.stringify([value, text, '!"\\!+ &#%=?’é<>']);
        const query = `a=1&x=${queryJson(json)}&b=2`;
        expect(parseQueryJson(readBack(query), 'x')).toEqual(JSON.parse(json));
        expect(parseQueryJson(readBack(query), 'a')).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('is shorter than the usual escaping', () => {
    const json = JSON.stringify({ nodes: [['h1', { class: 'lead' }, ['Next break at 9:35 PM']]] });
    const usual = new URLSearchParams({ x: json }).toString();
    expect(readBack(`x=${queryJson(json)}`).length).toBeLessThan(usual.length * 0.75);
  });

  it('is null when absent, and throws when damaged', () => {
    expect(parseQueryJson('?a=1', 'x')).toBeNull();
    expect(() => parseQueryJson('?x=%7B', 'x')).toThrow();
  });
});
