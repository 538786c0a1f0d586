// Decodes HTML character references: numeric ones and the named ones news pages actually use.
// Unknown names stay as written rather than guessed.

const NAMED: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ensp: " ",
  emsp: " ",
  thinsp: " ",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  sbquo: "‚",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  laquo: "«",
  raquo: "»",
  lsaquo: "‹",
  rsaquo: "›",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
  pound: "£",
  yen: "¥",
  cent: "¢",
  deg: "°",
  middot: "·",
  bull: "•",
  times: "×",
  divide: "÷",
  plusmn: "±",
  para: "¶",
  sect: "§",
  shy: "",
  zwj: "",
  zwnj: "",
  lrm: "",
  rlm: "",
  iexcl: "¡",
  iquest: "¿",
  frac12: "½",
  frac14: "¼",
  frac34: "¾",
  prime: "′",
  Prime: "″",
  dagger: "†",
  Dagger: "‡",
  permil: "‰",
  minus: "−",
  larr: "←",
  rarr: "→",
  aacute: "á",
  Aacute: "Á",
  eacute: "é",
  Eacute: "É",
  iacute: "í",
  Iacute: "Í",
  oacute: "ó",
  Oacute: "Ó",
  uacute: "ú",
  Uacute: "Ú",
  agrave: "à",
  Agrave: "À",
  egrave: "è",
  Egrave: "È",
  igrave: "ì",
  ograve: "ò",
  ugrave: "ù",
  acirc: "â",
  Acirc: "Â",
  ecirc: "ê",
  Ecirc: "Ê",
  icirc: "î",
  ocirc: "ô",
  Ocirc: "Ô",
  ucirc: "û",
  auml: "ä",
  Auml: "Ä",
  euml: "ë",
  iuml: "ï",
  ouml: "ö",
  Ouml: "Ö",
  uuml: "ü",
  Uuml: "Ü",
  yuml: "ÿ",
  atilde: "ã",
  Atilde: "Ã",
  ntilde: "ñ",
  Ntilde: "Ñ",
  otilde: "õ",
  Otilde: "Õ",
  ccedil: "ç",
  Ccedil: "Ç",
  aring: "å",
  Aring: "Å",
  aelig: "æ",
  AElig: "Æ",
  oslash: "ø",
  Oslash: "Ø",
  szlig: "ß",
  scaron: "š",
  Scaron: "Š",
  zcaron: "ž",
  Zcaron: "Ž",
  oelig: "œ",
  OElig: "Œ",
};

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(
    /&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g,
    (whole, ref: string) => {
      if (ref.startsWith("#")) {
        const code =
          ref[1] === "x" || ref[1] === "X"
            ? parseInt(ref.slice(2), 16)
            : parseInt(ref.slice(1), 10);
        if (
          !Number.isFinite(code) ||
          code <= 0 ||
          code > 0x10ffff ||
          (code >= 0xd800 && code <= 0xdfff)
        )
          return "\ufffd";
        // Windows-1252 code points that pages send as numeric references.
        if (code >= 0x80 && code <= 0x9f) return CP1252[code - 0x80] ?? "";
        return String.fromCodePoint(code);
      }
      return NAMED[ref] ?? whole;
    },
  );
}

const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
