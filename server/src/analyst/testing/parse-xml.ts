// A strict little XML reader for tests: checks well-formedness (nesting, quoting, entities) and
// returns the element tree, so GraphML output is verified without adding a dependency.
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;

function decode(text: string): string {
  if (ENTITY.test(text)) throw new Error(`bad entity in ${JSON.stringify(text.slice(0, 40))}`);
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function parseXml(source: string): XmlElement {
  const body = source.replace(/^<\?xml[^?]*\?>\s*/, "");
  const root: XmlElement = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const match of body.matchAll(tag)) {
    const [, closing, name, attrs, selfClosing, text, stray] = match;
    const top = stack[stack.length - 1];
    if (top === undefined) throw new Error("content after the root element");
    if (stray !== undefined) throw new Error(`malformed tag at ${match.index}`);
    if (text !== undefined) {
      top.text += decode(text);
      continue;
    }
    if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = "", value = ""] of (attrs ?? "").matchAll(/([\w.:-]+)="([^"]*)"/g)) {
      if (key in attributes) throw new Error(`duplicate attribute ${key}`);
      attributes[key] = decode(value);
    }
    const element: XmlElement = { name: name ?? "", attributes, children: [], text: "" };
    top.children.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  const [document] = root.children;
  if (document === undefined || root.children.length !== 1)
    throw new Error("expected one root element");
  return document;
}
