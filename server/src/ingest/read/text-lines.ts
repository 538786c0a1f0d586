// The lines of an article with their offsets, trimmed of surrounding whitespace (including the
// no-break spaces scraped pages are full of), plus the shape tests the reader's heuristics share.

export interface TextLine {
  /** Offset of the first non-space character (equals `end` for a blank line). */
  start: number;
  end: number;
  text: string;
}

const SPACE = /[\s\u00a0\u200b\u200e\u200f\ufeff]/;

export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    let s = from;
    let e = to;
    while (s < e && SPACE.test(text[s] ?? "")) s++;
    while (e > s && SPACE.test(text[e - 1] ?? "")) e--;
    lines.push({ start: s, end: e, text: text.slice(s, e) });
    from = to + 1;
  }
  return lines;
}

const WHITE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words with a letter or digit among the runs of non-space characters: the count
 * `s.split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w))` gives, without building either array
 * (it runs on every line of every article, several times). ASCII is decided by code, the rest
 * by the same Unicode classes.
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  let counted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let space: boolean;
    let alnum: boolean;
    if (c < 128) {
      space = c === 32 || (c >= 9 && c <= 13);
      alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    } else {
      const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length;
      const ch = pair ? s.slice(i, i + 2) : s[i]!;
      if (pair) i++;
      space = WHITE.test(ch);
      alnum = !space && LETTER_OR_DIGIT.test(ch);
    }
    if (space) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (alnum && !counted) {
      counted = true;
      n++;
    }
  }
  return n;
}

/** Ends like a sentence: a full stop, question or exclamation mark, possibly inside quotes. */
export const endsSentence = (s: string): boolean => /[.!?…]["”’')\]]*$|[.!?…]?["”’')\]]$/.test(s);

/** A line of running prose, as opposed to a label, a headline or a button. */
export function isParagraph(line: TextLine): boolean {
  const n = wordCount(line.text);
  return n >= 15 || (n >= 8 && endsSentence(line.text));
}
