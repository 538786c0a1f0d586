// Separates reader comments from the article: everything from the first comment marker after
// the article's prose is comments, split into one range per post.
import type { Range } from "../types.ts";
import { isBoilerplate, isCommentChrome, isCommentMarker, isSaysHeader } from "./line-kinds.ts";
import { isParagraph } from "./text-lines.ts";
import type { TextLine } from "./text-lines.ts";

function nextText(lines: TextLine[], i: number): string | undefined {
  for (let j = i + 1; j < lines.length; j++) if (lines[j]?.text) return lines[j]?.text;
  return undefined;
}

const isMarker = (lines: TextLine[], i: number): boolean => {
  const t = lines[i]?.text ?? "";
  return t !== "" && (isCommentMarker(t) || isSaysHeader(t, nextText(lines, i)));
};

/** Index of the first comment line, or `lines.length` when the page has no comments. */
export function findCommentStart(lines: TextLine[]): number {
  // A marker before any prose is page chrome ("12 comments" under a headline), not comments.
  const firstParagraph = lines.findIndex(isParagraph);
  if (firstParagraph < 0) return lines.length;
  for (let i = firstParagraph + 1; i < lines.length; i++) if (isMarker(lines, i)) return i;
  return lines.length;
}

export function commentRanges(lines: TextLine[], from: number): Range[] {
  const ranges: Range[] = [];
  let start = -1;
  let end = -1;
  const close = (): void => {
    if (start >= 0) ranges.push([start, end]);
    start = -1;
  };
  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text === "") continue;
    if (isMarker(lines, i) || isCommentChrome(line.text) || isBoilerplate(line.text)) {
      close();
      continue;
    }
    if (start < 0) start = line.start;
    end = line.end;
  }
  close();
  return ranges;
}
