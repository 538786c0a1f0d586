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

export const wordCount = (s: string): number =>
  s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Ends like a sentence: a full stop, question or exclamation mark, possibly inside quotes. */
export const endsSentence = (s: string): boolean => /[.!?…]["”’')\]]*$|[.!?…]?["”’')\]]$/.test(s);

/** A line of running prose, as opposed to a label, a headline or a button. */
export function isParagraph(line: TextLine): boolean {
  const n = wordCount(line.text);
  return n >= 15 || (n >= 8 && endsSentence(line.text));
}
