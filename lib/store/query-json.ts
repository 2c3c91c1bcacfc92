/**
 * JSON in an address's query, written short (issue 15): each byte of the popup's address
 * costs its first paint (~10 ms for 6 kB in the bench), and the usual escaping triples JSON's
 * quotes, brackets, braces, colons and commas. Here quotes become `!` (any `!` of the JSON is
 * first written `\u0021`, so the swap is undone exactly), spaces `+`, and only the characters
 * that would end or change the query value are escaped; the browser escapes the rest (other
 * languages' letters) itself. `URLSearchParams` reads it back, and `parseQueryJson` undoes the
 * swap. No imports: the popup's first-frame script uses it.
 */

/** `json` as a query value. */
export function queryJson(json: string): string {
  return json
    .replaceAll('!', '\\u0021')
    .replaceAll('"', '!')
    .replace(/[%&+#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replaceAll(' ', '+');
}

/** The value of `name` in the query `search`, written by `queryJson`; null when absent. */
export function parseQueryJson(search: string, name: string): unknown {
  const value = new URLSearchParams(search).get(name);
  return value === null ? null : JSON.parse(value.replaceAll('!', '"'));
}
