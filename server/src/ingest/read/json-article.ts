// One JSON article object (from a .json file or a JSONL line) to a RawArticle. Field names vary
// between scrapers and feeds, so the common spellings of each field are accepted.
import type { RawArticle } from "../types.ts";
import { normaliseText } from "./decode-text.ts";
import { htmlToText } from "./html-to-text.ts";
import { jsonErrorPosition } from "./json-error-position.ts";

export type JsonArticle = { ok: true; raw: RawArticle } | { ok: false; reason: string };

const TEXT_FIELDS = ["text", "body", "content", "article", "articleBody", "fullText", "full_text"];
const HTML_FIELDS = ["html", "content_html", "contentHtml", "body_html"];
const FIELDS = {
  title: ["title", "headline", "name"],
  url: ["url", "link", "canonicalUrl", "canonical_url", "href"],
  source: ["source", "publisher", "site", "siteName", "site_name", "outlet", "domain"],
  author: ["author", "authors", "byline", "creator"],
  publishedAt: [
    "publishedAt",
    "published_at",
    "published",
    "datePublished",
    "date_published",
    "pubDate",
    "date",
    "publish_date",
  ],
} as const;

/** Parses JSON text, reporting a syntax error with its line and column. */
export function parseJson(
  text: string,
): { ok: true; value: unknown } | { ok: false; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    // V8 quotes the whole input after the reason; the reason alone is what helps.
    const brief = message.split(/,\s*"|\s+(?:in JSON )?at position|\s*\(line \d/)[0] ?? message;
    const at = Number(/position (\d+)/.exec(message)?.[1] ?? jsonErrorPosition(text) ?? NaN);
    if (!Number.isFinite(at)) return { ok: false, reason: `malformed JSON: ${brief}` };
    const before = text.slice(0, at);
    const line = before.split("\n").length;
    const column = at - before.lastIndexOf("\n");
    return { ok: false, reason: `malformed JSON at line ${line}, column ${column}: ${brief}` };
  }
}

export function jsonArticle(value: unknown, file: string): JsonArticle {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return {
      ok: false,
      reason: `expected a JSON object with a "text" field, found ${Array.isArray(value) ? "an array" : typeof value}`,
    };
  }
  const obj = value as Record<string, unknown>;
  const meta = {
    title: pick(obj, FIELDS.title)?.trim() ?? null,
    url: pick(obj, FIELDS.url)?.trim() ?? null,
    source: pick(obj, FIELDS.source)?.trim() ?? null,
    author: pick(obj, FIELDS.author)?.trim() ?? null,
    publishedAt: epochDate(obj) ?? pick(obj, FIELDS.publishedAt)?.trim() ?? null,
  };
  const text = pick(obj, TEXT_FIELDS);
  if (text !== null && text.trim() !== "") {
    return { ok: true, raw: { file, format: "json", text: normaliseText(text), ...meta } };
  }
  const html = pick(obj, HTML_FIELDS);
  if (html !== null && html.trim() !== "") {
    const page = htmlToText(normaliseText(html));
    if (page.text.trim() !== "") {
      const raw: RawArticle = { file, format: "json", text: page.text, ...meta };
      for (const key of Object.keys(meta) as Array<keyof typeof meta>)
        raw[key] = meta[key] ?? page[key];
      return { ok: true, raw };
    }
  }
  const found = [...TEXT_FIELDS, ...HTML_FIELDS].find((k) => k in obj);
  return {
    ok: false,
    reason: found
      ? `the "${found}" field is empty or not a string`
      : `no article text: expected a "text", "body" or "content" string field`,
  };
}

/** The first field present as a string (or a name inside an object, or a list of them). */
function pick(obj: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const s = asString(obj[key]);
    if (s !== null && s.trim() !== "") return s;
  }
  return null;
}

function asString(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    const names = v.map(asString).filter((s): s is string => s !== null && s.trim() !== "");
    return names.length > 0 ? names.join(", ") : null;
  }
  if (typeof v === "object" && v !== null) {
    const o = v as Record<string, unknown>;
    return asString(o["name"] ?? o["title"] ?? o["url"] ?? null);
  }
  return null;
}

/** Feeds sometimes give the date as Unix seconds or milliseconds. */
function epochDate(obj: Record<string, unknown>): string | null {
  for (const key of FIELDS.publishedAt) {
    const v = obj[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) continue;
    const date = new Date(v < 1e11 ? v * 1000 : v);
    return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
  }
  return null;
}
