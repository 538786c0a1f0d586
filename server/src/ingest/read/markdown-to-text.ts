// Plain text from a Markdown article: front matter becomes metadata, markup (headings, emphasis,
// links, images, quotes, list bullets, inline HTML) is removed so later stages see prose only.
import { decodeEntities } from "./html-entities.ts";

export interface MarkdownText {
  text: string;
  title: string | null;
  url: string | null;
  author: string | null;
  source: string | null;
  publishedAt: string | null;
}

const FRONT_KEYS: Record<string, keyof Omit<MarkdownText, "text">> = {
  title: "title",
  headline: "title",
  url: "url",
  link: "url",
  canonical_url: "url",
  author: "author",
  authors: "author",
  byline: "author",
  source: "source",
  publisher: "source",
  site: "source",
  date: "publishedAt",
  published: "publishedAt",
  publishedat: "publishedAt",
  published_at: "publishedAt",
  pubdate: "publishedAt",
};

export function markdownToText(markdown: string): MarkdownText {
  const out: MarkdownText = {
    text: "",
    title: null,
    url: null,
    author: null,
    source: null,
    publishedAt: null,
  };
  let body = markdown;
  const front = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(markdown);
  if (front) {
    body = markdown.slice(front[0].length);
    for (const line of (front[1] ?? "").split("\n")) {
      const kv = /^([A-Za-z_]+)\s*:\s*(.+)$/.exec(line);
      const field = FRONT_KEYS[(kv?.[1] ?? "").toLowerCase()];
      const value = (kv?.[2] ?? "").trim().replace(/^\[?\s*["']?|["']?\s*\]?$/g, "");
      if (field && value && out[field] === null) out[field] = value;
    }
  }
  const lines: string[] = [];
  let fenced = false;
  for (const raw of body.split("\n")) {
    if (/^\s*(```|~~~)/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) {
      lines.push(raw);
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(raw)) continue;
    // Setext underlines and horizontal rules carry no text.
    if (/^\s*([-=*_])(\s*\1){2,}\s*$/.test(raw)) {
      lines.push("");
      continue;
    }
    lines.push(
      inline(
        raw
          .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+/, "")
          .replace(/\s+#+\s*$/, ""),
      ),
    );
  }
  out.text = lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  if (out.title === null) out.title = /^\s{0,3}#\s+(.+?)\s*#*\s*$/m.exec(body)?.[1]?.trim() ?? null;
  if (out.title !== null) out.title = inline(out.title);
  return out;
}

function inline(line: string): string {
  return decodeEntities(
    line
      .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1")
      .replace(/<\/?[a-zA-Z][^>]*>/g, "")
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?!\w)/g, "$1$3")
      .replace(/`([^`]+)`/g, "$1"),
  );
}
