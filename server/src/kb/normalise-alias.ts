// The comparison key for names when checking the dictionary for clashes: two surfaces that
// differ only in case, diacritics, punctuation or a leading "the" are the same name.

export function normaliseAlias(surface: string): string {
  return (
    surface
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      // "OPEC+" is not OPEC: the plus is part of the name.
      .replace(/\+/g, " plus")
      .replace(/[-‐‑–—]/g, " ")
      .replace(/[^\p{L}\p{N}\s]/gu, "")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/^the /, "")
  );
}

/** The surface without diacritics ("Erdoğan" -> "Erdogan"), for adding spelling variants. */
export function stripDiacritics(surface: string): string {
  return surface
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ı/g, "i")
    .replace(/[ʻʼ’‘]/g, "'")
    .normalize("NFC");
}
