// Parsers for the lines in which a page states its own metadata: bylines ("By X for Y"),
// datelines ("Tehran, SAEDNEWS:", "WASHINGTON (Reuters) -"), attributions ("Based on a report
// from X DATE"), publication-date lines, and headline-looking first lines.
import { findDates, parseLooseDate } from "../dates.ts";

export interface Byline {
  author: string;
  source: string | null;
  publishedAt: string | null;
}

export interface Dateline {
  place: string;
  source: string | null;
  /** Characters of the line the dateline takes, including the separator after it. */
  length: number;
  /** The date the dateline gives ("Jan 17", "May 19, 2023"), as written, or null. */
  date?: string | null;
}

const NAME_PARTICLES = new Set([
  "and",
  "&",
  "de",
  "van",
  "von",
  "der",
  "al",
  "bin",
  "ibn",
  "el",
  "la",
  "le",
  "da",
  "di",
  "du",
  "del",
]);
/** Words in the names of news outlets ("Tehran Times", "Rand Daily Wire"). */
export const OUTLET_WORDS = [
  "news",
  "times",
  "post",
  "press",
  "agency",
  "reuters",
  "ap",
  "afp",
  "blog",
  "journal",
  "telegraph",
  "guardian",
  "herald",
  "tribune",
  "daily",
  "media",
  "tv",
  "radio",
  "online",
  "magazine",
  "review",
  "gazette",
  "network",
  "wire",
  "\\.com",
];
const OUTLET_WORD = new RegExp(`\\b(?:${OUTLET_WORDS.join("|")})\\b`, "i");

const isCapitalised = (w: string): boolean => /^[\p{Lu}]/u.test(w);
const stripThe = (s: string): string => s.replace(/^the\s+/, "");
const clean = (s: string): string => s.replace(/^[\s,;:|•·–—-]+|[\s,;:|•·–—.-]+$/g, "").trim();

function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8 || /[.!?]$/.test(s) || /\d/.test(s)) return false;
  return (
    words.every(
      (w) => isCapitalised(w) || NAME_PARTICLES.has(w.toLowerCase()) || /^[\p{Lu}]\.$/u.test(w),
    ) && isCapitalised(words[0] ?? "")
  );
}

/** Removes a date (and time) from a metadata line, returning what is left and the date. */
function takeDate(s: string): { rest: string; date: string | null } {
  const found = findDates(s, null).find((d) => d.precision !== "year");
  if (!found) return { rest: s, date: null };
  const rest =
    s.slice(0, found.start) +
    s
      .slice(found.end)
      .replace(/^[\s,]*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?/i, "");
  return { rest, date: found.iso };
}

/** Job titles after a name on a credit line ("Jane Doe, Senior Fellow"). */
const JOB =
  /\b(?:fellow|editor|correspondent|director|professor|lecturer|researcher|analyst|reporter|writer|columnist|contributor|chief|head|manager|coordinator|staff|intern|associate|adviser|advisor|economist|scholar|chair)\b/i;
const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|sir)\.?\s+/i;

/** A person's name: two to five capitalised words (particles allowed), no digits. */
export function personName(s: string): string | null {
  const t = s.replace(HONORIFIC, "").trim();
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 5 || /[:&]|\band\b/i.test(t)) return null;
  if (/^(?:by|posted|published|updated|written)$/i.test(words[0] ?? "")) return null;
  return looksLikeName(t) ? t : null;
}

/** Names, joined by "and" or commas ("A and B", "A, B"); null unless each is a name. */
export function personNames(s: string): string | null {
  const parts = s.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  return parts.every((p) => personName(p) !== null) ? s.replace(HONORIFIC, "").trim() : null;
}

/** "Jane Doe, Senior Fellow, Africa Programme": the name, when a job title follows it. */
export function creditName(line: string): string | null {
  const m = /^(?:by\s+)?([^,]{3,60}),\s+(.{3,100})$/i.exec(line.trim());
  if (!m || !JOB.test(m[2] ?? "")) return null;
  return personName(m[1] ?? "");
}

export function parseByline(line: string): Byline | null {
  const t = line.trim();
  // Blog style: "Posted on March 3, 2022 by someone" (the name may be a lower-case handle).
  const posted =
    /^(?:posted|published|written)(?:\s+on)?\s+(.+?)\s+by\s+([\p{L}\d_.'’ -]{2,60})$/iu.exec(t);
  const postedDate = posted ? parseLooseDate(posted[1] ?? "") : null;
  if (posted && postedDate)
    return { author: clean(posted[2] ?? ""), source: null, publishedAt: postedDate };
  const m = /^(?:by|written by|words by|story by|posted by|author:|authors:)\s+(.+)$/i.exec(t);
  if (!m || t.length > 140) return null;
  const { rest, date } = takeDate(m[1] ?? "");
  // "By Jane Doe, Diplomatic Editor[, for The Ledger]": the name, not the job, and the outlet.
  const outlet = /^(.*?),?\s+for\s+(.{2,60})$/.exec(clean(rest));
  const credited = creditName(clean(outlet ? (outlet[1] ?? "") : rest));
  if (credited)
    return {
      author: credited,
      source: outlet ? stripThe(clean(outlet[2] ?? "")) : null,
      publishedAt: date,
    };
  const parts =
    /^(.+?)(?:\s+for\s+|\s*[|•·]\s*|\s+[–—-]\s+|\s+(?:at|of)\s+|,\s+(?=[^,]*$))(.+)$/.exec(
      clean(rest),
    );
  let author = clean(parts ? (parts[1] ?? "") : rest);
  let source = parts ? clean(parts[2] ?? "") : null;
  // "By Jane Doe, John Smith" lists authors; a comma part is a source only if it names an outlet.
  if (
    source !== null &&
    rest.includes(",") &&
    !/\s(?:for|at|of)\s|[|•·–—]/.test(rest) &&
    !OUTLET_WORD.test(source)
  ) {
    author = clean(rest);
    source = null;
  }
  if (!looksLikeName(author.replace(/,/g, " "))) return null;
  if (
    source !== null &&
    (source === "" || source.split(/\s+/).length > 8 || !/\p{L}/u.test(source))
  )
    source = null;
  // Wire bylines are often set in capitals ("By JANE DOE"); the name is "Jane Doe".
  if (
    /\p{Lu}{2}/u.test(author) &&
    author.replace(/\band\b/g, "") === author.replace(/\band\b/g, "").toUpperCase()
  )
    author = titleCase(author).replace(/\bAnd\b/g, "and");
  return { author, source: source === null ? null : stripThe(source), publishedAt: date };
}

const DL_PLACE = "[\\p{Lu}][\\p{L}.'’ /-]{1,40}?";
const DL_DATE = `(?:,?\\s+(?<date>(?:[\\p{L}]{3,9}\\.?\\s+\\d{1,2}|\\d{1,2}\\s+[\\p{L}]{3,9})(?:,?\\s+\\d{4})?))?`;
/** "NAIROBI, May 3 (Wire Service) - ". */
const DL_AGENCY = new RegExp(
  `^(${DL_PLACE})(?:,\\s*(${DL_PLACE}))?${DL_DATE}\\s*\\(([^()]{2,40})\\)\\s*[-–—:]+\\s*`,
  "u",
);
/** TASS: "MOSCOW, July 9. /TASS/. ". */
const DL_SLASHED = new RegExp(`^(${DL_PLACE})${DL_DATE}\\.?\\s*/([^/]{2,20})/\\.?\\s+`, "u");
/** A press release's "BANGKOK, 17 April 2025 -- ". */
const DL_DATED = new RegExp(
  `^([\\p{Lu}][\\p{Lu}.'’ -]{2,28}[\\p{Lu}])${DL_DATE}\\s*[-–—]{1,2}\\s+(?=\\S)`,
  "u",
);
/** "Lisbon, PORTONEWS: ". */
const DL_OUTLET = new RegExp(
  `^(${DL_PLACE}),\\s*([\\p{Lu}][\\p{L}\\d&.'’ -]{1,30}?)\\s*:\\s+`,
  "u",
);

export function parseDateline(line: string): Dateline | null {
  const agency = DL_AGENCY.exec(line);
  if (agency)
    return {
      place: cityCase(agency[1] ?? ""),
      source: clean(agency[4] ?? ""),
      length: agency[0].length,
      date: agency.groups?.["date"] ?? null,
    };
  const slashed = DL_SLASHED.exec(line);
  if (slashed)
    return {
      place: cityCase(slashed[1] ?? ""),
      source: clean(slashed[3] ?? ""),
      length: slashed[0].length,
      date: slashed.groups?.["date"] ?? null,
    };
  const outlet = DL_OUTLET.exec(line);
  const name = outlet?.[2] ?? "";
  if (outlet && (name === name.toUpperCase() || OUTLET_WORD.test(name))) {
    return { place: cityCase(outlet[1] ?? ""), source: name, length: outlet[0].length };
  }
  const caps =
    /^([\p{Lu}][\p{Lu}.'’ -]{2,28}[\p{Lu}])(?:,\s*[\p{Lu}][\p{L}.'’ -]{1,28}?)?\s*(?:[-–—:]+)\s+(?=\S)/u.exec(
      line,
    );
  if (caps) return { place: cityCase(caps[1] ?? ""), source: null, length: caps[0].length };
  const dated = DL_DATED.exec(line);
  if (dated?.groups?.["date"])
    return {
      place: cityCase(dated[1] ?? ""),
      source: null,
      length: dated[0].length,
      date: dated.groups["date"],
    };
  return null;
}

/** "WASHINGTON" is printed in capitals by convention; the place is "Washington". */
function cityCase(s: string): string {
  // "ADDIS ABABA/MOGADISHU": the story's first place.
  const t = (s.split("/")[0] ?? s).trim();
  return t === t.toUpperCase() ? titleCase(t) : t;
}

const titleCase = (s: string): string =>
  s
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

const ATTRIBUTION = new RegExp(
  "^(?:based on (?:a |an |the )?(?:reports?|articles?|story|reporting|information)(?: (?:from|by|in))?|adapted from(?: (?:a|an|the) (?:report|article|story) (?:from|by|in))?|sources?:|via:|courtesy of|" +
    "(?:originally|first) published (?:by|in|on|at)|this (?:article|story|report) (?:was )?(?:first |originally )?(?:appeared|published) (?:in|on|at|by)|" +
    "with (?:reporting|files) from)\\s+(.+)$",
  "i",
);

/** "Based on a report from The Daily Telegraph 2024-10-14": the source and its date. */
export function parseAttribution(
  line: string,
): { source: string | null; publishedAt: string | null } | null {
  const t = line.trim();
  const m = t.length <= 160 ? ATTRIBUTION.exec(t) : null;
  if (!m) return null;
  const { rest, date } = takeDate(m[1] ?? "");
  const source = clean(clean(rest).replace(/\s+on$/i, "")).replace(/^[(]|[)]$/g, "");
  const ok =
    source !== "" &&
    source.split(/\s+/).length <= 8 &&
    /^[\p{Lu}\d"“]/u.test(source) &&
    !/https?:/.test(source);
  if (!ok && date === null) return null;
  return { source: ok ? source : null, publishedAt: date };
}

/**
 * A line that reads like a headline: three to thirty words, opening like a sentence, not
 * ending on a comma or colon. Headlines may end with a full stop ("X came. Y stayed."); the
 * caller tells them from prose by what follows (a credit or date line).
 */
export function looksLikeHeadline(line: string): boolean {
  const t = line.trim();
  const words = t.split(/\s+/).length;
  return (
    words >= 3 &&
    words <= 30 &&
    t.length >= 15 &&
    t.length <= 220 &&
    !/[,;:]$/.test(t) &&
    /^[\p{Lu}\d"“‘'(]/u.test(t) &&
    parseByline(t) === null
  );
}
