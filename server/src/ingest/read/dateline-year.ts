// A wire dateline often gives no year ("MOSCOW, Jan 17 (Reuters) - ... on Friday"). The text
// still bounds it: the story is no older than the latest past year it mentions, and the weekday
// its lead gives must fall on the dateline's day. The first year from that bound on where both
// hold is the date; with no weekday to check, or none matching within a few years, no date.
import { findDates } from "../dates.ts";
import { formatIso, isValidYmd, monthNumber, weekday, WEEKDAYS } from "../date-parts.ts";

/** Sentences with these words talk about what is to come: their years bound nothing. */
const FUTURE =
  /\b(will|shall|next (?:year|month)|plans? to|planned|expected to|scheduled|due to|to be held|by (?:19|20)\d\d)\b/i;
const YEAR = /\b(19[5-9]\d|20\d\d)\b/g;
const MAX_YEARS_AHEAD = 7;

/**
 * The full date of a year-less dateline date ("Jan 17", "19 May"), from the article's lead
 * (for the weekday) and its text (for the latest year it mentions), or null.
 */
export function datelineYear(dateText: string, lead: string, text: string): string | null {
  if (/\d{4}/.test(dateText)) return findDates(dateText, null)[0]?.iso ?? null;
  const md =
    /^([\p{L}]{3,9})\.?\s+(\d{1,2})$/u.exec(dateText.trim()) ??
    /^(\d{1,2})\s+([\p{L}]{3,9})$/u.exec(dateText.trim());
  if (!md) return null;
  const [a, b] = [md[1] ?? "", md[2] ?? ""];
  const month = monthNumber(/^\d/.test(a) ? b : a);
  const day = Number(/^\d/.test(a) ? a : b);
  if (!month) return null;
  const days = new Set<number>();
  for (const w of lead.toLowerCase().match(/\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/g) ?? [])
    days.add(WEEKDAYS.indexOf(w));
  days.delete(-1);
  if (days.size === 0) return null;
  let floor = 0;
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (FUTURE.test(sentence)) continue;
    for (const y of sentence.match(YEAR) ?? []) floor = Math.max(floor, Number(y));
  }
  if (floor === 0) return null;
  for (let y = floor; y <= floor + MAX_YEARS_AHEAD; y++) {
    if (!isValidYmd(y, month, day)) continue;
    if (days.has(weekday({ y, m: month, d: day }))) return formatIso(y, month, day);
  }
  return null;
}
