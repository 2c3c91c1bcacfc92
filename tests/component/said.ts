/**
 * A text matcher for a sentence that holds a time: the popup writes the time as an element of
 * its own (components/popup/TimeInWords.tsx), so the sentence is split across elements. Matches
 * the innermost element whose whole text is `text`.
 */
export const said =
  (text: string | RegExp) =>
  (_: string, element: Element | null): boolean => {
    const matches = (e: Element) =>
      typeof text === 'string' ? e.textContent === text : text.test(e.textContent ?? '');
    return element !== null && matches(element) && ![...element.children].some(matches);
  };
