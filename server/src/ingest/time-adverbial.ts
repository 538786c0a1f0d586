// Adverbials a reporter drops between the words of a verb phrase: "held talks on Friday with",
// "met privately with", "spoke by phone yesterday with". The trigger dictionary lists each phrase
// once, without them; the matcher steps over them.

import { monthNumber, WEEKDAYS } from "./date-parts.ts";
import type { Token } from "./tokenize.ts";

const SINGLE = new Set([
  "yesterday",
  "today",
  "tonight",
  "earlier",
  "later",
  "again",
  "also",
  "once",
  "twice",
  "first",
]);
const PARTS_OF_DAY = new Set(["morning", "afternoon", "evening", "night"]);
const SPANS = new Set(["week", "weekend", "month", "year", "summer", "winter", "spring", "autumn"]);
/** Words ending in -ly that are no manner adverbs. */
const NOT_ADVERBS = new Set([
  "only",
  "early",
  "family",
  "reply",
  "supply",
  "apply",
  "ally",
  "rally",
  "assembly",
  "anomaly",
  "monopoly",
  "daily",
  "weekly",
  "monthly",
  "likely",
  "unlikely",
  "holy",
  "july",
  "italy",
  "fly",
  "comply",
  "multiply",
  "imply",
]);

const isWeekday = (t: Token | undefined): boolean => !!t && WEEKDAYS.includes(t.lower);
const isDay = (t: Token | undefined): boolean => !!t && /^\d{1,2}(st|nd|rd|th)?$/.test(t.text);
const isMonthName = (t: Token | undefined): boolean => !!t && t.cap && monthNumber(t.text) !== null;

/** The token after one adverbial of time or manner starting at k, or k when there is none. */
function oneAdverbial(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t?.isWord) return k;
  if (SINGLE.has(t.lower)) return k + 1;
  if (!t.cap && t.lower.length > 4 && t.lower.endsWith("ly") && !NOT_ADVERBS.has(t.lower))
    return k + 1;
  // "Friday", "on Friday", "on Friday evening"
  const on = t.lower === "on" ? k + 1 : k;
  if (isWeekday(tokens[on])) return PARTS_OF_DAY.has(tokens[on + 1]?.lower ?? "") ? on + 2 : on + 1;
  // "on 9 May", "on May 9"
  if (t.lower === "on" && isDay(tokens[k + 1]) && isMonthName(tokens[k + 2])) return k + 3;
  if (t.lower === "on" && isMonthName(tokens[k + 1]) && isDay(tokens[k + 2])) return k + 3;
  // "last week", "this month", "in March"
  if (["last", "this"].includes(t.lower) && SPANS.has(tokens[k + 1]?.lower ?? "")) return k + 2;
  if (t.lower === "in" && isMonthName(tokens[k + 1])) return k + 2;
  // "in 2022"
  if (t.lower === "in" && /^(1[89]|20)\d\d$/.test(tokens[k + 1]?.text ?? "")) return k + 2;
  return k;
}

/** The token after up to two adverbials starting at k ("also on Friday"), or k. */
export function pastAdverbials(tokens: readonly Token[], k: number): number {
  const once = oneAdverbial(tokens, k);
  return once === k ? k : oneAdverbial(tokens, once);
}
