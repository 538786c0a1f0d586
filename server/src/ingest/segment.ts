// Splits an article's body into sentences with exact offsets into `article.text`. One pass over
// the characters (no backtracking regexes), deciding at each full stop, question mark, ellipsis
// and line break whether a sentence ends there.
import { CLOSING_ABBREVIATIONS, SENTENCE_STARTERS, TITLE_ABBREVIATIONS } from "./abbreviations.ts";
import type { Article, Range, Sentence } from "./types.ts";

/** Longer runs (lists without punctuation, scraped tables) are cut so later stages stay fast. */
const MAX_SENTENCE = 1500;

const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 0xa0 ||
  c === 0x202f ||
  c === 0x3000 ||
  c === 0xfeff ||
  (c >= 0x2000 && c <= 0x200b);
const isTerminal = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x2026;
// Closing quotes and brackets that belong to the sentence they follow.
const isCloser = (c: number): boolean =>
  c === 34 ||
  c === 39 ||
  c === 41 ||
  c === 93 ||
  c === 0x201d ||
  c === 0x2019 ||
  c === 0xbb ||
  c === 0x203a;
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string): boolean => ch.toLowerCase() !== ch.toUpperCase();
const isWordChar = (ch: string): boolean => isLetter(ch) || (ch >= "0" && ch <= "9");

export function segmentSentences(article: Article): Sentence[] {
  const out: Sentence[] = [];
  for (const range of article.body) segmentRange(article.text, range, out);
  return out;
}

function segmentRange(text: string, [from, to]: Range, out: Sentence[]): void {
  const wrapped = looksHardWrapped(text, from, to);
  let start = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (endsAtLineBreak(text, i, to, wrapped)) {
        push(text, start, i, out);
        start = i + 1;
      }
    } else if (isTerminal(c)) {
      let j = i + 1;
      while (j < to && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
      if (j < to && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) {
        i = j - 1;
        continue;
      }
      let k = j;
      while (k < to && (isSpace(text.charCodeAt(k)) || text.charCodeAt(k) === 10)) k++;
      if (k >= to || endsAtStop(text, from, i, j, k)) {
        push(text, start, j, out);
        start = k;
        i = k - 1;
      } else {
        i = j - 1;
      }
    }
  }
  push(text, start, to, out);
}

/** Decides whether the terminator run text[i, j) ends a sentence, given the next word at k. */
function endsAtStop(text: string, from: number, i: number, j: number, k: number): boolean {
  const next = text[k] ?? "";
  const gap = text.slice(j, k);
  if (gap.includes("\n") && /\n[ \t\u00a0]*\n/.test(gap)) return true;
  if (isLower(next)) return false;
  const c = text.charCodeAt(i);
  if (c !== 46) return true;
  const dots = text.slice(i, j).replace(/[^.\u2026]/g, "");
  if (dots.length > 1 || text.charCodeAt(i - 1) === 46) return isUpper(next) || !isLetter(next);
  let t = i;
  while (t > from && i - t < 12 && (isWordChar(text[t - 1] ?? "") || text.charCodeAt(t - 1) === 46))
    t--;
  const token = text.slice(t, i);
  if (token.length === 0) return true;
  const lower = token.toLowerCase();
  if (token.length === 1 && isUpper(token)) return false;
  if (TITLE_ABBREVIATIONS.has(lower)) return false;
  if (CLOSING_ABBREVIATIONS.has(lower)) return isUpper(next) || /["“‘(]/.test(next);
  if (token.includes(".")) {
    const word = /^[A-Za-z]+/.exec(text.slice(k, k + 20))?.[0]?.toLowerCase() ?? "";
    return SENTENCE_STARTERS.has(word) || /["“‘(]/.test(next);
  }
  return true;
}

/** A blank line always ends a sentence; a single one does unless the line clearly runs on. */
function endsAtLineBreak(text: string, i: number, to: number, wrapped: boolean): boolean {
  let n = i + 1;
  while (n < to && isSpace(text.charCodeAt(n))) n++;
  if (n >= to || text.charCodeAt(n) === 10) return true;
  if (wrapped) return false;
  let p = i - 1;
  while (p >= 0 && isSpace(text.charCodeAt(p))) p--;
  const last = text[p] ?? "";
  if (",;:(-\u2013\u2014/&".includes(last)) return false;
  return !isLower(text[n] ?? "");
}

/** Hard-wrapped plain text (lines cut near a fixed width) joins lines inside a paragraph. */
function looksHardWrapped(text: string, from: number, to: number): boolean {
  let lines = 0;
  let open = 0;
  let lineStart = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charCodeAt(i) !== 10) continue;
    if (i < to) {
      const line = text.slice(lineStart, i).trimEnd();
      lines++;
      const last = line.charCodeAt(line.length - 1);
      if (line.length >= 40 && line.length <= 100 && !isTerminal(last) && !isCloser(last)) open++;
    }
    lineStart = i + 1;
  }
  return lines >= 2 && open * 2 >= lines;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && (isSpace(text.charCodeAt(start)) || text.charCodeAt(start) === 10)) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 10))
    end--;
  if (end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(" ", start + MAX_SENTENCE);
    if (cut <= start) cut = start + MAX_SENTENCE;
    push(text, start, cut, out);
    push(text, cut, end, out);
    return;
  }
  for (let i = start; i < end; i++) {
    if (isWordChar(text[i] ?? "")) {
      out.push({ text: text.slice(start, end), start, end });
      return;
    }
  }
}
