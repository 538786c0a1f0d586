// Normalised keys for matching names across spelling variants: diacritics removed (Erdoğan =
// Erdogan), and a transliteration skeleton so Raisi/Raeisi, Berdimuhamedow/Berdymukhamedov and
// Kyiv/Kiev compare equal. Keys are only ever compared with keys built the same way.

/** NFKD, marks stripped, lower case, curly quotes folded. */
export function foldText(s: string): string {
  return (
    s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/[’‘`]/g, "'")
      .toLowerCase()
      // Letters NFKD leaves alone (Turkish dotless i, Polish l, Nordic o).
      .replace(/ı/g, "i")
      .replace(/ł/g, "l")
      .replace(/ø/g, "o")
      .replace(/đ/g, "d")
      .replace(/ß/g, "ss")
  );
}

// Skeletons are asked for the same few thousand words again and again (names in every
// article): computed once each, in a bounded cache.
const KEYS = new Map<string, string>();
const MAX_KEYS = 100_000;

/** The transliteration skeleton of one word. */
export function tokenKey(word: string): string {
  let key = KEYS.get(word);
  if (key === undefined) {
    key = computeTokenKey(word);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(word, key);
  }
  return key;
}

function computeTokenKey(word: string): string {
  // Acronyms keep their letters: "AU" and "IAEA" must not collapse like vowels in names.
  if (/^[\p{Lu}.]+$/u.test(word) && word.replace(/\./g, "").length <= 5)
    return foldText(word).replace(/\./g, "");
  const folded = foldText(word).replace(/[.'\u2019]/g, "");
  // The first letter stays as written, so "Yoon" never collapses into "In".
  return (
    (folded[0] ?? "") +
    folded
      .slice(1)
      .replace(/kh/g, "h")
      .replace(/w/g, "v")
      .replace(/y/g, "i")
      .replace(/ou/g, "u")
      // Vowel runs inside a word collapse (Raeisi = Raisi); a run ending the word keeps its
      // first and last letter, so "Romeo" stays apart from "Rome" and "Sofiya" still meets
      // "Sofia".
      .replace(/([aeiou])[aeiou]*([aeiou])$/, "$1$2")
      .replace(/([aeiou])[aeiou]+(?=.)/g, "$1")
      .replace(/(.)\1+/g, "$1")
  );
}

/** Readable, stable id part: "Recep Tayyip Erdoğan" -> "recep-tayyip-erdogan". */
export function slugify(s: string): string {
  return foldText(s)
    .replace(/['.]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
