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

const TOKEN_RE = /(\p{Lu}\.(?:\p{Lu}\.)+)|([\p{L}\p{M}\p{N}]+)|(['’]s(?![\p{L}]))|(\S)/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = offset + (m.index ?? 0);
    const isWord = m[1] !== undefined || m[2] !== undefined;
    const letters = t.replace(/[^\p{L}]/gu, "");
    tokens.push({
      text: t,
      start,
      end: start + t.length,
      lower: foldText(t),
      key: isWord ? tokenKey(t) : t === "’s" || t === "'s" ? "'s" : t,
      isWord,
      cap: isWord && /^\p{Lu}/u.test(t),
      upper:
        isWord &&
        letters.length > 0 &&
        letters === letters.toUpperCase() &&
        /\p{Lu}/u.test(letters),
    });
  }
  return tokens;
}
