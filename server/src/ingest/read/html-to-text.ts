// Readable text and page metadata from an HTML page, without a DOM: the article (or main) element
// when there is one, paragraphs and headings as lines, and page chrome (scripts, navigation,
// share bars, asides, forms) dropped. Good enough for news pages; not a general HTML parser.
import { decodeEntities } from "./html-entities.ts";
import { attr, readMeta } from "./html-meta.ts";

export interface HtmlText {
  text: string;
  title: string | null;
  url: string | null;
  author: string | null;
  source: string | null;
  publishedAt: string | null;
}

const words = (list: string): Set<string> => new Set(list.trim().split(/\s+/));

const SKIP = words(`
  script style noscript template svg iframe object canvas nav aside form button select
  textarea head footer dialog menu
`);
const BLOCK = words(`
  p div h1 h2 h3 h4 h5 h6 li ul ol tr table blockquote section article main pre dd dt dl
  figcaption figure hr header address summary details caption td th body center
`);
const VOID = words(`
  br img hr meta link input source wbr area base col embed param track
`);
// Class or id of page chrome that sits inside the article element on many sites.
const CHROME =
  /(?:^|[\s_-])(?:share|sharing|social|related|newsletter|subscribe|advert|ads?|promo|cookie|breadcrumbs?|sidebar|comments?|author-bio|tags|paywall|recommended)(?:$|[\s_-])/i;
const TAG =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

export function htmlToText(html: string): HtmlText {
  const meta = readMeta(html);
  const scope = findScope(html);
  const keepHeader = scope.element !== "body";
  const lines: string[] = [];
  let line = "";
  let skipTag: string | null = null;
  let skipDepth = 0;
  let h1: string | null = null;
  let inH1 = false;
  const flush = (gap: boolean): void => {
    const t = decodeEntities(line.replace(/\s+/g, " ")).trim();
    if (t) lines.push(t);
    if (gap && lines.length > 0 && lines[lines.length - 1] !== "") lines.push("");
    line = "";
  };
  let last = scope.start;
  TAG.lastIndex = scope.start;
  for (let m = TAG.exec(html); m && m.index < scope.end; m = TAG.exec(html)) {
    if (skipTag === null) line += html.slice(last, m.index);
    last = m.index + m[0].length;
    const name = (m[2] ?? "").toLowerCase();
    if (!name) continue;
    const closing = m[1] === "/";
    const selfClosing = VOID.has(name) || (m[3] ?? "").endsWith("/");
    if (skipTag !== null) {
      if (name === skipTag && !selfClosing) skipDepth += closing ? -1 : 1;
      if (skipDepth === 0) skipTag = null;
      continue;
    }
    if (
      !closing &&
      !selfClosing &&
      (SKIP.has(name) ||
        (name === "header" && !keepHeader) ||
        CHROME.test(attr(m[3] ?? "", "class") + " " + attr(m[3] ?? "", "id")))
    ) {
      skipTag = name;
      skipDepth = 1;
      continue;
    }
    if (name === "h1") {
      if (closing && inH1 && h1 === null)
        h1 = decodeEntities(line.replace(/\s+/g, " ")).trim() || null;
      inH1 = !closing;
    }
    if (name === "br") flush(false);
    else if (BLOCK.has(name)) flush(true);
  }
  if (skipTag === null) line += html.slice(last, scope.end).replace(/<[^>]*$/, "");
  flush(false);
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return {
    text: lines.join("\n"),
    title: meta.title ?? h1 ?? cleanTitle(meta.documentTitle),
    url: meta.url ?? null,
    author: meta.author ?? null,
    source: meta.source ?? null,
    publishedAt: meta.publishedAt ?? null,
  };
}

/** "Headline | Site" and "Headline - Site": the site part is not the headline. */
function cleanTitle(title: string | undefined): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|\u2013\u2014-]\s+/);
  const first = parts[0]?.trim() ?? "";
  return parts.length > 1 && first.length >= 15 ? first : title;
}

/** The span of the first <article>, else <main>, else <body>, else the whole page. */
function findScope(html: string): { start: number; end: number; element: string } {
  for (const element of ["article", "main", "body"]) {
    const open = new RegExp(`<${element}\\b[^>]*>`, "i").exec(html);
    if (!open) continue;
    const tags = new RegExp(`<(/?)${element}\\b[^>]*>`, "gi");
    tags.lastIndex = open.index + open[0].length;
    let depth = 1;
    for (let m = tags.exec(html); m; m = tags.exec(html)) {
      depth += m[1] ? -1 : 1;
      if (depth === 0) return { start: open.index + open[0].length, end: m.index, element };
    }
    return { start: open.index + open[0].length, end: html.length, element };
  }
  return { start: 0, end: html.length, element: "page" };
}
