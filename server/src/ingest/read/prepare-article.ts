// Turns a raw article into the pipeline's Article: which parts of the text are the article body
// (site chrome, bylines and reader comments excluded), where the comments are, and the metadata
// the page states about itself (title, author, source, dateline, publication date).
import { findDates, parseLooseDate } from "../dates.ts";
import type { Article, Range, RawArticle } from "../types.ts";
import { parseAttribution, parseByline, parseDateline } from "./article-head.ts";
import { parseDateLine } from "./parse-date-line.ts";
import { datelineYear } from "./dateline-year.ts";
import { articleId, contentHash, urlHost } from "./article-id.ts";
import { commentRanges, findCommentStart } from "./comment-ranges.ts";
import { readPageHead } from "./page-head.ts";
import {
  isBoilerplate,
  isEndMark,
  isLinkListHeading,
  isLinkListItem,
  isReleaseNotes,
} from "./line-kinds.ts";
import { endsSentence, isParagraph, textLines, wordCount } from "./text-lines.ts";
import type { TextLine } from "./text-lines.ts";

interface Found {
  author?: string;
  bylineSource?: string;
  datelineSource?: string;
  dateline?: string;
  datelineDate?: string;
  attributionSource?: string;
  published?: string;
  statedDate?: string;
  updated?: string;
  topDate?: string;
  /** A date on a line of the page head (a masthead's edition line, a credit line). */
  headDate?: string;
}

/** Lines that trail the article without sentence punctuation: related links, book adverts, tags. */
const MAX_TRAILING_WORDS = 20;
/** Leftovers of stripped links before the first words: "( – ", "— ". */
const LEAD_JUNK = /^(?:[([]\s*[)\]]?\s*[-–—]+\s*|[-–—•·*|]+\s+)/;

/** Letters and digits in lower case, anything else one space: a headline compared to a title. */
const titleKey = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * Where a press release's own text ends, before `limit`: at an end mark ("-ENDS-", "###") after
 * the head, or at a notes heading ("About ECOWAS", "Notes to editors") in the last third of the
 * lines; `limit` when there is neither.
 */
function releaseEnd(lines: readonly TextLine[], headEnd: number, limit: number): number {
  for (let i = headEnd + 1; i < limit; i++) {
    const t = lines[i]?.text ?? "";
    if (isEndMark(t)) return i;
    if (i >= (limit * 2) / 3 && isReleaseNotes(t)) return i;
  }
  return limit;
}

export function prepareArticle(raw: RawArticle): Article {
  const text = raw.text;
  const lines = textLines(text);
  const commentStart = findCommentStart(lines);
  const head = readPageHead(lines, commentStart);
  const headEnd = head.end;
  // The article's own text ends where comments start, or earlier at a press release's notes
  // (which are no comments either).
  const textEnd = releaseEnd(lines, headEnd, commentStart);
  const givenTitle = raw.title?.trim() || null;
  const givenKey = givenTitle ? titleKey(givenTitle) : null;
  const found: Found = {};
  const keep: boolean[] = lines.map(() => false);
  let titleLine: TextLine | null = null;
  // Under a "Related news" heading, the headlines of other stories up to the list's end (a
  // blank line after its items, or prose).
  let linkList: "none" | "heading" | "items" = "none";

  for (let i = 0; i < textEnd; i++) {
    const line = lines[i];
    if (!line || line.text === "") {
      if (linkList === "items") linkList = "none";
      continue;
    }
    const t = line.text;
    const nearEdge = i <= headEnd + 2 || i >= textEnd - 6;
    const byline = nearEdge ? parseByline(t) : null;
    if (byline) {
      found.author ??= byline.author;
      if (byline.source) found.bylineSource ??= byline.source;
      if (byline.publishedAt) found.statedDate ??= byline.publishedAt;
      continue;
    }
    const attribution = parseAttribution(t);
    if (attribution) {
      if (attribution.source) found.attributionSource ??= attribution.source;
      if (attribution.publishedAt) found.statedDate ??= attribution.publishedAt;
      continue;
    }
    const dateLine = parseDateLine(t);
    if (dateLine) {
      if (dateLine.updated) found.updated ??= dateLine.publishedAt;
      else found.published ??= dateLine.publishedAt;
      continue;
    }
    if (isLinkListHeading(t)) {
      linkList = "heading";
      continue;
    }
    if (linkList !== "none" && isLinkListItem(t)) {
      linkList = "items";
      continue;
    }
    linkList = "none";
    if (head.furniture.has(i)) {
      found.headDate ??= findDates(t, null).find((d) => d.precision === "day")?.iso;
      continue;
    }
    if (isBoilerplate(t)) continue;
    // Only the page head holds the headline.
    if (i < headEnd && (givenKey !== null ? titleKey(t) === givenKey : i === head.title)) {
      titleLine ??= line;
      // A headline is the article's own statement, so it is read like the body, unless it is
      // set in title case, where every word looks like part of a name.
      if (isTitleCase(t)) continue;
    }
    keep[i] = true;
  }
  dropTrailingLinks(lines, keep, textEnd);

  const starts = lines.map((l) => l.start);
  // The dateline opens the first paragraph; a stray line the filters kept may come before it.
  const first = keep.indexOf(true);
  const paragraph = keep.findIndex(
    (k, i) => k && isParagraph(lines[i] ?? { start: 0, end: 0, text: "" }),
  );
  // An unrecognised headline may come first: the dateline can open the line after it. The
  // page head ends where a dateline opens the prose, after a headline and standfirst kept above.
  const second = keep.findIndex((k, i) => k && i > first);
  const withDateline = [headEnd, first, paragraph, second].find(
    (i) => i >= 0 && keep[i] === true && parseDateline(lines[i]?.text ?? ""),
  );
  const lead = withDateline ?? first;
  const leadLine = lines[lead];
  if (leadLine) {
    const dateline = parseDateline(leadLine.text);
    let cut = dateline?.length ?? 0;
    if (dateline) {
      found.dateline = dateline.place;
      if (dateline.source) found.datelineSource = dateline.source;
      if (dateline.date) found.datelineDate = dateline.date;
    }
    cut += LEAD_JUNK.exec(leadLine.text.slice(cut))?.[0].length ?? 0;
    starts[lead] = leadLine.start + cut;
  }
  // A date in the first lines (a photo caption, a date line the patterns above missed).
  for (const i of keep.flatMap((k, j) => (k ? [j] : [])).slice(0, 2)) {
    found.topDate ??= findDates(lines[i]?.text ?? "", null).find((d) => d.precision === "day")?.iso;
  }

  const url = raw.url?.trim() || null;
  const hash = contentHash(text);
  return {
    id: articleId(url, hash),
    file: raw.file,
    title: givenTitle ?? titleLine?.text ?? null,
    author: raw.author?.trim() || found.author || head.author || null,
    source:
      raw.source?.trim() ||
      found.bylineSource ||
      found.datelineSource ||
      found.attributionSource ||
      head.source ||
      urlHost(url),
    url,
    dateline: found.dateline ?? null,
    publishedAt:
      (raw.publishedAt ? parseLooseDate(raw.publishedAt) : null) ??
      found.published ??
      found.statedDate ??
      found.updated ??
      found.headDate ??
      found.topDate ??
      (found.datelineDate && leadLine
        ? datelineYear(found.datelineDate, leadLine.text, text)
        : null),
    contentHash: hash,
    text,
    body: bodyRanges(lines, keep, starts),
    comments: commentRanges(lines, commentStart),
    titleRange: titleLine ? [titleLine.start, titleLine.end] : null,
  };
}

/** Words a title-case headline still sets in lower case. */
const TITLE_LOWER = new Set(
  "against amid after before about between without under until upon onto toward towards across through during within despite than that this with from into over".split(
    " ",
  ),
);

/**
 * "Russia, Iran Forge Closer Alliance against West": every word of three letters or more
 * capitalised but the prepositions. "President Putin visited Tehran" is sentence case.
 */
function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => /^\P{L}*\p{L}{3,}/u.test(w));
  const lower = words.filter((w) => /^\P{L}*\p{Ll}/u.test(w));
  if (lower.some((w) => !TITLE_LOWER.has(w.replace(/\P{L}/gu, "").toLowerCase()))) return false;
  return words.length >= 3 && (words.length - lower.length) / words.length >= 0.8;
}

function dropTrailingLinks(lines: TextLine[], keep: boolean[], end: number): void {
  for (let i = end - 1; i >= 0; i--) {
    const line = lines[i];
    if (!keep[i] || !line) continue;
    // A list of participants ("Japanese side: Mr. A, Minister; Mr. B; and others") is text.
    if (
      endsSentence(line.text) ||
      wordCount(line.text) > MAX_TRAILING_WORDS ||
      line.text.includes(";")
    )
      return;
    keep[i] = false;
  }
}

/** Kept lines next to each other form one range; a blank or dropped line ends it. */
function bodyRanges(lines: TextLine[], keep: boolean[], starts: number[]): Range[] {
  const ranges: Range[] = [];
  let open: [number, number] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const start = starts[i] ?? 0;
    if (!line || !keep[i] || start >= line.end) {
      if (open) ranges.push(open);
      open = null;
      continue;
    }
    if (open) open[1] = line.end;
    else open = [start, line.end];
  }
  if (open) ranges.push(open);
  return ranges;
}
