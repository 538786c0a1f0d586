// Finds the dates a sentence states, explicit ("19 July 2022", "in 2008") or relative to the
// article's own date ("on Tuesday", "last February", "this year"), as ISO strings at the
// precision the text supports. Events take their dates from here; the reader uses
// `parseLooseDate` for dates that a page states about itself.
import { DATE_RULES } from "./date-rules.ts";
import { parseIso } from "./date-parts.ts";
import type { DatePrecision } from "./date-parts.ts";

export type { DatePrecision } from "./date-parts.ts";

export interface FoundDate {
  text: string;
  start: number;
  end: number;
  iso: string;
  precision: DatePrecision;
}

interface Candidate extends FoundDate {
  /** Explicit dates win over relative ones when spans overlap. */
  rank: number;
}

/** Dates stated in `sentence`, in order, without overlaps; relative ones need `articleDate`. */
/**
 * Every date rule needs a digit, a month, a weekday ("day"), "month"/"year", or one of the
 * relative words: a sentence with none of them states no date, so no rule is run on it.
 */
const MAY_STATE_DATE =
  /\d|day|month|year|tonight|tomorrow|morning|afternoon|evening|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

export function findDates(sentence: string, articleDate: string | null): FoundDate[] {
  if (!MAY_STATE_DATE.test(sentence)) return [];
  const anchor = parseIso(articleDate);
  const found: Candidate[] = [];
  for (const rule of DATE_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const r = rule.resolve(m, anchor?.ymd ?? null, anchor?.precision ?? null);
      if (!r) continue;
      const start = r.start ?? m.index;
      let end = r.end ?? m.index + m[0].length;
      // The optional full stop after "Dec." belongs to the date; after "December" it ends the sentence.
      if (
        sentence[end - 1] === "." &&
        !/\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/.test(sentence.slice(start, end))
      )
        end--;
      found.push({
        text: sentence.slice(start, end),
        start,
        end,
        iso: r.iso,
        precision: r.precision,
        rank: rule.rank,
      });
    }
  }
  found.sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of found) {
    // A weekday right before an explicit date ("Tuesday, 19 July 2022") is part of it.
    const clash = kept.some((k) => c.start < k.end && k.start < c.end + (c.rank < k.rank ? 3 : 0));
    if (!clash) kept.push(c);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ text, start, end, iso, precision }) => ({ text, start, end, iso, precision }));
}

/**
 * The date a short string states ("Published: 14 October 2024, 10:31", "2024-10-14T08:00Z",
 * "Mon, 14 Oct 2024 10:00:00 GMT"), as ISO at its precision, or null.
 */
export function parseLooseDate(text: string): string | null {
  const bare = /^\s*(\d{4})\s*$/.exec(text);
  if (bare) return bare[1] ?? null;
  const dates = findDates(text, null);
  const best =
    dates.find((d) => d.precision === "day") ??
    dates.find((d) => d.precision === "month") ??
    dates[0];
  return best?.iso ?? null;
}
