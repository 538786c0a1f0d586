// The head of a page: the lines above the first paragraph of prose, where a page names itself
// (a masthead such as "THE EVENING LEDGER" or "Ministry of Foreign Affairs of X", a blog's
// tagline "Notes on ..., by Jane Doe"), files the story (sections, breadcrumbs, "Breaking:"
// tickers) and credits it ("Jane Doe, Senior Fellow", "Review | 3 May 2024 | Interview by X", a
// bare name above the date line). These lines give the title, source and author, and none of
// them is article text. Headlines may end with a full stop ("X came. Y stayed."), so a line
// only counts as prose when no credit or date line follows it closely.
import {
  OUTLET_WORDS,
  creditName,
  looksLikeHeadline,
  parseByline,
  parseDateline,
  personNames,
} from "./article-head.ts";
import { parseDateLine } from "./parse-date-line.ts";
import { findDates } from "../dates.ts";
import { isBoilerplate } from "./line-kinds.ts";
import { endsSentence, isParagraph, wordCount, type TextLine } from "./text-lines.ts";

export interface PageHead {
  /** Index of the first line of prose (the head is the lines before it). */
  end: number;
  /** Index of the headline, or null. */
  title: number | null;
  /** The outlet the page names itself by (masthead, or the outlet of a credit line). */
  source: string | null;
  author: string | null;
  /** Lines of the head that are page furniture, never article text. */
  furniture: Set<number>;
}

/** How many non-blank lines a head may have at most. */
const MAX_HEAD_LINES = 20;
/** Words that make a short line the name of an outlet or institution rather than a headline. */
const OUTLET = new RegExp(
  `(?<!\\p{L})(?:${[
    ...OUTLET_WORDS,
    "ajans[ıi]",
    "agencia",
    "agence",
    "weekly",
    "quarterly",
    "monthly",
    "ledger",
    "monitor",
    "chronicle",
    "observer",
    "courier",
    "dispatch(?:es)?",
    "report",
    "digest",
    "bulletin",
    "newsletter",
    "english",
    "edition",
    "institute",
    "institution",
    "foundation",
    "council",
    "centre",
    "center",
    "ministry",
    "department",
    "office",
    "embassy",
    "mission",
    "secretariat",
    "commission",
  ].join("|")})(?!\\p{L})`,
  "iu",
);
const TICKER =
  /^(?:breaking(?: news)?|live(?: updates?)?|just in|developing|exclusive|watch|update)\b\s*(?:[:|–—-]|$)/i;
/** Labelled page details: "News ID: 8565", "Editor: Jane Doe", "Font size: A A A". */
const LABEL =
  /^(?:editors?|font size|text size|news id|story id|article id|language|reading time|read time|words|share(?: this (?:article|story|page|post))?|category|section|tags?)\s*:/i;
const SEPARATOR = /\s*[|•·]\s*/;

const isCapitalised = (w: string): boolean => /^[\p{Lu}\d"“‘'(&]/u.test(w);
const letters = (s: string): string => s.replace(/[^\p{L}]/gu, "");

/** A short line that names an outlet or institution: capitals throughout, or an outlet word. */
function isMasthead(text: string): boolean {
  const words = text.split(/\s+/);
  if (words.length > 7 || endsSentence(text) || /[,;:]$/.test(text) || /\d{3,}/.test(text)) {
    return false;
  }
  const l = letters(text);
  // One word is more often a section label ("OPINION", "News") than an outlet.
  if (l.length < 2 || words.length < 2) return false;
  return l === l.toUpperCase() || OUTLET.test(text);
}

/** "Notes on the Balkans, by Jane Doe": the author of a blog, named under its masthead. */
function taglineAuthor(text: string): string | null {
  const m = /^.{3,90}?,?\s+by\s+(.{3,60})$/i.exec(text);
  return m ? personNames(m[1] ?? "") : null;
}

/**
 * "Review | 24 October 2025 | Interview by Jane Doe", "Jane Doe |14.02.2024 - Update : ...":
 * the author and outlet a pipe-separated credit line gives.
 */
function creditLine(text: string): { author: string | null; source: string | null } | null {
  const parts = text.split(SEPARATOR).filter(Boolean);
  // "The Evening Ledger, 16 March 2023": an outlet and the date.
  const comma = /^([^,]{3,60}),\s+(.+)$/.exec(text);
  if (parts.length < 2 && comma && OUTLET.test(comma[1] ?? "")) {
    const dated = findDates(comma[2] ?? "", null).some((d) => d.precision === "day");
    if (dated && wordCount(comma[1] ?? "") <= 5) return { author: null, source: comma[1] ?? null };
  }
  if (parts.length < 2 || text.length > 160) return null;
  const dated = parts.some(
    (p) => parseDateLine(p) !== null || findDates(p, null).some((d) => d.precision !== "year"),
  );
  let author: string | null = null;
  let byIndex = -1;
  parts.forEach((part, i) => {
    const m =
      /^(?:(?:an?\s+)?(?:interview|interviewed|text|words|report|reporting|story|written)\s+)?by\s+(.+)$/i.exec(
        part,
      );
    const name = m ? personNames(m[1] ?? "") : null;
    if (name && author === null) {
      author = name;
      byIndex = i;
    }
  });
  if (author !== null) {
    const first = parts[0] ?? "";
    const outlet =
      byIndex !== 0 && wordCount(first) <= 5 && isCapitalised(first) && !/\d/.test(first)
        ? first
        : null;
    return { author, source: outlet };
  }
  // A name beside the date: "Jane Doe | 14.02.2024".
  if (dated && parts.length === 2) {
    const name = personNames(parts[0] ?? "");
    if (name) return { author: name, source: null };
  }
  return dated ? { author: null, source: null } : null;
}

/** Navigation: breadcrumbs ("Home > World > Asia"), menus of short items, labels ("News ID: 8"). */
function isNavigation(text: string): boolean {
  if (isBoilerplate(text)) return true;
  if (LABEL.test(text) && wordCount(text) <= 6) return true;
  const crumbs = text.split(/\s+[>»›/]\s+/);
  if (crumbs.length >= 2 && crumbs.every((c) => wordCount(c) <= 4)) return true;
  const items = text.split(/\s*[|,]\s*|\s{2,}/).filter(Boolean);
  if (items.length >= 2 && items.every((c) => wordCount(c) <= 3 && !/^\p{Ll}/u.test(c))) {
    return !items.some((c) => findDates(c, null).length > 0);
  }
  return false;
}

/** A line that dates the page: a labelled date, or a short line around a full date. */
function isDateLine(text: string): boolean {
  if (parseDateLine(text) !== null) return true;
  return wordCount(text) <= 12 && findDates(text, null).some((d) => d.precision === "day");
}

/** Lines that credit or date a story; a headline is followed closely by one of these. */
function isCreditOrDate(text: string, next: string | undefined): boolean {
  return (
    parseByline(text) !== null ||
    parseDateLine(text) !== null ||
    creditName(text) !== null ||
    creditLine(text) !== null ||
    (personNames(text) !== null && next !== undefined && isDateLine(next))
  );
}

export function readPageHead(lines: TextLine[], limit: number): PageHead {
  const nonBlank: number[] = [];
  for (let i = 0; i < limit && nonBlank.length < MAX_HEAD_LINES + 4; i++) {
    if ((lines[i]?.text ?? "") !== "") nonBlank.push(i);
  }
  const text = (k: number): string => lines[nonBlank[k] ?? -1]?.text ?? "";
  // The head ends at the first line of prose: a paragraph, unless a dateline paragraph or,
  // within three lines, a credit or date line follows (then it is a headline or standfirst), or
  // a line that opens with a dateline.
  let endK = nonBlank.length;
  for (let k = 0; k < nonBlank.length; k++) {
    const line = lines[nonBlank[k] ?? -1];
    if (!line) continue;
    if (k >= MAX_HEAD_LINES || parseDateline(line.text)) {
      endK = k;
      break;
    }
    if (wordCount(line.text) > 40) {
      endK = k;
      break;
    }
    if (!isParagraph(line)) continue;
    const shown = letters(line.text);
    if (isNavigation(line.text) || shown === shown.toUpperCase()) {
      continue;
    }
    const credited =
      parseDateline(text(k + 1)) !== null ||
      [1, 2, 3].some((d) => isCreditOrDate(text(k + d), text(k + d + 1)));
    if (!credited) {
      endK = k;
      break;
    }
  }
  const end = nonBlank[endK] ?? limit;
  const head: PageHead = { end, title: null, source: null, author: null, furniture: new Set() };
  let navigationSinceTitle = false;
  // A byline or date line under the headline confirms it.
  let confirmed = false;
  for (let k = 0; k < endK; k++) {
    const i = nonBlank[k] ?? 0;
    const t = text(k);
    const furniture = () => head.furniture.add(i);
    // "THE LEDGER | ANALYSIS": a masthead with its section after a bar.
    const parts = t.split(SEPARATOR);
    const masthead =
      parts.length === 2 && wordCount(parts[1] ?? "") <= 2 && !/\d/.test(t) ? (parts[0] ?? t) : t;
    if (head.title === null && k <= 2 && isMasthead(masthead) && k + 1 < endK) {
      head.source ??= masthead;
      furniture();
      const author = taglineAuthor(text(k + 1));
      if (author) {
        head.author ??= author;
        head.furniture.add(nonBlank[k + 1] ?? 0);
        k += 1;
      }
      continue;
    }
    // The outlet's name repeated under the headline, as pages print it above the date.
    if (head.source !== null && t === head.source) {
      furniture();
      continue;
    }
    const credit = creditLine(t);
    const named = credit ? null : creditName(t);
    const bare = head.title !== null && isDateLine(text(k + 1)) ? personNames(t) : null;
    if (credit || named || bare) {
      head.author ??= credit?.author ?? named ?? bare;
      head.source ??= credit?.source ?? null;
      confirmed ||= head.title !== null;
      furniture();
      continue;
    }
    if (head.title !== null && (parseByline(t) !== null || parseDateLine(t) !== null)) {
      confirmed = true;
      continue;
    }
    if (TICKER.test(t) || isNavigation(t)) {
      if (head.title !== null) navigationSinceTitle = true;
      furniture();
      continue;
    }
    if (looksLikeHeadline(t) && parseDateLine(t) === null) {
      // A headline-like line above the site's navigation is the site's own (a tagline), unless
      // a byline or date line already stood under it.
      if (head.title === null || (navigationSinceTitle && !confirmed)) {
        if (head.title !== null) head.furniture.add(head.title);
        head.title = i;
      }
      navigationSinceTitle = false;
    }
  }
  return head;
}
