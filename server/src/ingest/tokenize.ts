// Word tokens with offsets, the unit every later stage matches on. Possessive "'s" and hyphens
// are separate tokens so "Iran's", "Iran-backed" and "Amir-Abdollahian" all expose the name.
import { foldText, tokenKey } from "./text-keys.ts";

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Folded lower case (diacritics removed). */
  lower: string;
  /** Transliteration skeleton for name matching. */
  key: string;
  isWord: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Every letter upper case (acronyms, shouting). */
  upper: boolean;
}

/** A possessive "'s" token ("Iran's"). */
export const isPossessive = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === "’s";

// The tokens are what this expression matches, scanned by hand below (it is the hottest loop
// of the pipeline): "U.S."-style acronyms, runs of letters/marks/digits, a possessive "'s",
// or any other single non-space character.
export const TOKEN_RE = /(\p{Lu}\.(?:\p{Lu}\.)+)|([\p{L}\p{M}\p{N}]+)|(['’]s(?![\p{L}]))|(\S)/gu;

const SPACE = 1;
const WORD = 2; // \p{L}, \p{M} or \p{N}
const UPPER = 4; // \p{Lu}
const LETTER = 8; // \p{L}
const ASCII = new Uint8Array(128);
for (const c of [9, 10, 11, 12, 13, 32]) ASCII[c] = SPACE;
for (let c = 48; c <= 57; c++) ASCII[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII[c] = WORD | UPPER | LETTER;
for (let c = 97; c <= 122; c++) ASCII[c] = WORD | LETTER;
const CLASSES = new Map<number, number>();

function classOf(cp: number): number {
  if (cp < 128) return ASCII[cp] as number;
  let c = CLASSES.get(cp);
  if (c === undefined) {
    const ch = String.fromCodePoint(cp);
    c =
      (/\s/u.test(ch) ? SPACE : 0) |
      (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORD : 0) |
      (/\p{Lu}/u.test(ch) ? UPPER : 0) |
      (/\p{L}/u.test(ch) ? LETTER : 0);
    CLASSES.set(cp, c);
  }
  return c;
}

/** End of the token starting at i (a non-space character), and whether it is a word. */
function tokenEnd(text: string, i: number, cp: number, c: number): [number, boolean] {
  const w = cp > 0xffff ? 2 : 1;
  if (c & UPPER) {
    // \p{Lu}\.(?:\p{Lu}\.)+ : two or more capital-and-dot pairs.
    let p = i;
    let pairs = 0;
    for (;;) {
      const q = text.codePointAt(p);
      if (q === undefined || !(classOf(q) & UPPER)) break;
      const qw = q > 0xffff ? 2 : 1;
      if (text.charCodeAt(p + qw) !== 46) break;
      p += qw + 1;
      pairs++;
    }
    if (pairs >= 2) return [p, true];
  }
  if (c & WORD) {
    let p = i + w;
    for (;;) {
      const q = text.codePointAt(p);
      if (q === undefined || !(classOf(q) & WORD)) break;
      p += q > 0xffff ? 2 : 1;
    }
    return [p, true];
  }
  if ((cp === 39 || cp === 0x2019) && text.charCodeAt(i + 1) === 115) {
    const q = text.codePointAt(i + 2);
    if (q === undefined || !(classOf(q) & LETTER)) return [i + 2, false];
  }
  return [i + w, false];
}

/** What a token's text alone decides (everything but its offsets). */
type Shape = Omit<Token, "start" | "end">;

// News vocabulary is small and repetitive: the folding and transliteration of a surface form
// are computed once and reused. The cache is bounded so a stream of unseen words cannot grow
// it without limit (it is simply cleared when full).
const WORD_SHAPES = new Map<string, Shape>();
const OTHER_SHAPES = new Map<string, Shape>();
const MAX_SHAPES = 200_000;

function shapeOf(t: string, isWord: boolean): Shape {
  const cache = isWord ? WORD_SHAPES : OTHER_SHAPES;
  let s = cache.get(t);
  if (s) return s;
  const letters = isWord ? t.replace(/[^\p{L}]/gu, "") : "";
  s = {
    text: t,
    lower: foldText(t),
    key: isWord ? tokenKey(t) : t === "’s" || t === "'s" ? "'s" : t,
    isWord,
    cap: isWord && /^\p{Lu}/u.test(t),
    upper:
      isWord && letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters),
  };
  if (cache.size >= MAX_SHAPES) cache.clear();
  cache.set(t, s);
  return s;
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) as number;
    const c = classOf(cp);
    if (c & SPACE) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const [end, isWord] = tokenEnd(text, i, cp, c);
    const t = text.slice(i, end);
    const s = shapeOf(t, isWord);
    tokens.push({
      text: t,
      start: offset + i,
      end: offset + end,
      lower: s.lower,
      key: s.key,
      isWord,
      cap: s.cap,
      upper: s.upper,
    });
    i = end;
  }
  return tokens;
}
