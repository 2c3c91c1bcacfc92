/**
 * The popup's first frame as data, to keep for the next popup (frame-cache.ts). Apart from the
 * rest, as the app needs it at once, when its first render is done, and the rest only later.
 */

/** An element as [tag, attributes, children], or a text. */
export type FrameNode = string | [string, Record<string, string>, FrameNode[]];

/** `parent`'s children as frame nodes (comments and empty texts left out). */
export function frameNodes(parent: Element): FrameNode[] {
  const nodes: FrameNode[] = [];
  for (const child of parent.childNodes) {
    if (child.nodeType === 3 && child.textContent) nodes.push(child.textContent);
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    const attributes: Record<string, string> = {};
    for (const { name, value } of element.attributes) attributes[name] = value;
    nodes.push([element.localName, attributes, frameNodes(element)]);
  }
  return nodes;
}
