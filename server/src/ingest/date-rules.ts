// The patterns that recognise dates in a sentence, each with how it resolves to an ISO date
// (explicit dates directly; relative ones against the article's date). Higher rank wins where
// matches overlap, so "Tuesday, 19 July 2022" is one date, not two.
import {
  addDays,
  addMonths,
  compareYmd,
  formatIso,
  isValidYmd,
  MONTH_PATTERN,
  monthNumber,
  weekday,
  WEEKDAYS,
} from "./date-parts.ts";
import type { DatePrecision, Ymd } from "./date-parts.ts";

export type Resolver = (
  m: RegExpExecArray,
  anchor: Ymd | null,
  anchorPrecision: DatePrecision | null,
) => Resolved | null;
type Resolved = { iso: string; precision: DatePrecision; start?: number; end?: number } | null;

const M = MONTH_PATTERN;
const FULL_MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const ORD = "(?:st|nd|rd|th)?";
const YEAR_PREFIX =
  "(?:in|since|by|until|till|from|of|during|before|after|through|early|late|mid-?|around|circa|between|the|year|fiscal|as of)";
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

function day(y: number, m: number, d: number): Resolved {
  return isValidYmd(y, m, d) ? { iso: formatIso(y, m, d), precision: "day" } : null;
}

/** A day and month without a year: the year that puts it nearest before the article date. */
function yearless(m: number, d: number, anchor: Ymd | null): Resolved {
  if (!anchor) return null;
  let y = anchor.y;
  if (isValidYmd(y, m, d) && compareYmd({ y, m, d }, addDays(anchor, 183)) > 0) y -= 1;
  return day(y, m, d);
}

function monthRelative(month: number, mode: string, anchor: Ymd | null): Resolved {
  if (!anchor) return null;
  let y = anchor.y;
  if (mode === "last" && month >= anchor.m) y -= 1;
  else if (mode === "next" && month <= anchor.m) y += 1;
  else if (mode !== "this" && mode !== "next" && month > anchor.m) y -= 1;
  return { iso: formatIso(y, month, null), precision: "month" };
}

export const DATE_RULES: Array<{ re: RegExp; rank: number; resolve: Resolver }> = [
  {
    re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/g,
    rank: 3,
    resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g,
    rank: 3,
    resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // Day first, as most of the world writes it; month first only when the day cannot be.
    re: /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/g,
    rank: 3,
    resolve: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      return b > 12 ? day(Number(m[4]), a, b) : day(Number(m[4]), b, a);
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${M})\\.?(?:,?\\s+(\\d{4})\\b)?`, "g"),
    rank: 3,
    resolve: (m, a) => {
      const month = monthNumber(m[2] ?? "") ?? 0;
      return m[3] ? day(Number(m[3]), month, Number(m[1])) : yearless(month, Number(m[1]), a);
    },
  },
  {
    re: new RegExp(`\\b(${M})\\.?\\s+(\\d{1,2})${ORD}\\b(?!:)(?:,?\\s+(\\d{4})\\b)?`, "g"),
    rank: 3,
    resolve: (m, a) => {
      const month = monthNumber(m[1] ?? "") ?? 0;
      return m[3] ? day(Number(m[3]), month, Number(m[2])) : yearless(month, Number(m[2]), a);
    },
  },
  {
    re: /\b(\d{4})-(0[1-9]|1[0-2])\b(?![-/]\d)/g,
    rank: 2,
    resolve: (m) => ({ iso: formatIso(Number(m[1]), Number(m[2]), null), precision: "month" }),
  },
  {
    re: new RegExp(`\\b(${M})\\.?,?\\s+(\\d{4})\\b`, "g"),
    rank: 2,
    resolve: (m) => ({
      iso: formatIso(Number(m[2]), monthNumber(m[1] ?? "") ?? 0, null),
      precision: "month",
    }),
  },
  {
    re: new RegExp(
      `\\b(?:(last|this|next)|in|since|until|by|early|late|mid-|during|from|through|before|after|earlier|later)\\s+(?:(?:early|late)\\s+|mid-)?(${FULL_MONTH})\\b(?!\\s*\\d)`,
      "gi",
    ),
    rank: 1,
    resolve: (m, a) => {
      const mode = (m[1] ?? "").toLowerCase();
      const name = m[2] ?? "";
      if (name[0] !== name[0]?.toUpperCase()) return null;
      return monthRelative(monthNumber(name) ?? 0, mode, a);
    },
  },
  {
    re: new RegExp(`\\b${YEAR_PREFIX}\\s+(1[89]\\d{2}|2[01]\\d{2})\\b(?![-/.,]\\d)`, "gi"),
    rank: 1,
    resolve: (m) => {
      const end = (m.index ?? 0) + m[0].length;
      return { iso: m[1] ?? "", precision: "year", start: end - 4, end };
    },
  },
  {
    // The second year of a range ("between 2014 and 2016"); the first is found by the rule above.
    re: /\b(?:between|from)\s+(?:1[89]|2[01])\d{2}\s+(?:and|to|until)\s+(1[89]\d{2}|2[01]\d{2})\b(?![-/.,]\d)/gi,
    rank: 1,
    resolve: (m) => {
      const end = m.index + m[0].length;
      return { iso: m[1] ?? "", precision: "year", start: end - 4, end };
    },
  },
  {
    re: /\b(?:([Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ll]ate|[Ee]arly)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!s)/g,
    rank: 1,
    resolve: (m, a, p) => {
      if (!a || p !== "day") return null;
      const mode = (m[1] ?? "").toLowerCase();
      const target = WEEKDAYS.indexOf((m[2] ?? "").toLowerCase());
      let back = (weekday(a) - target + 7) % 7;
      if (mode === "next") back = back === 0 ? -7 : back - 7;
      else if (mode === "last" && back === 0) back = 7;
      const d = addDays(a, -back);
      return { iso: formatIso(d.y, d.m, d.d), precision: "day" };
    },
  },
  {
    re: /\b(the day before yesterday|yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening))\b/gi,
    rank: 1,
    resolve: (m, a, p) => {
      if (!a || p !== "day") return null;
      const word = (m[1] ?? "").toLowerCase();
      // "Russia Today", "USA Today": a capitalised "Today" after a name is a title, not a date.
      if (word === "today" && m[1] === "Today" && m.index > 0) return null;
      const offset = word.startsWith("the day")
        ? -2
        : word === "yesterday"
          ? -1
          : word === "tomorrow"
            ? 1
            : 0;
      const d = addDays(a, offset);
      return { iso: formatIso(d.y, d.m, d.d), precision: "day" };
    },
  },
  {
    re: /\b(?:(?:earlier|later) )?(last|this|next|past) (month|year)\b/gi,
    rank: 1,
    resolve: (m, a, p) => {
      if (!a) return null;
      const step = { last: -1, past: -1, this: 0, next: 1 }[(m[1] ?? "").toLowerCase()] ?? 0;
      if ((m[2] ?? "").toLowerCase() === "year")
        return { iso: formatIso(a.y + step, null, null), precision: "year" };
      if (p === "year") return null;
      const t = addMonths(a, step);
      return { iso: formatIso(t.y, t.m, null), precision: "month" };
    },
  },
  {
    re: /\b(\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|months?|years?) ago\b/gi,
    rank: 1,
    resolve: (m, a, p) => {
      if (!a) return null;
      const n = NUMBER_WORDS[(m[1] ?? "").toLowerCase()] ?? Number(m[1]);
      const unit = (m[2] ?? "").toLowerCase();
      if (unit.startsWith("year"))
        return { iso: formatIso(a.y - n, null, null), precision: "year" };
      if (p === "year") return null;
      if (unit.startsWith("month")) {
        const t = addMonths(a, -n);
        return { iso: formatIso(t.y, t.m, null), precision: "month" };
      }
      if (p !== "day") return null;
      const d = addDays(a, -n);
      return { iso: formatIso(d.y, d.m, d.d), precision: "day" };
    },
  },
];
