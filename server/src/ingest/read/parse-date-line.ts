// Recognises the line on which a page states its own date: "Published: 14 October 2024",
// "Updated 3 May 2023 10:31 BST", or a line that is only a date and time.
import { findDates, parseLooseDate } from "../dates.ts";

/** Words that sit beside a date on a page's date line without making it prose. */
const DATE_LINE_WORDS = new Set([
  "updated",
  "published",
  "posted",
  "ago",
  "last",
  "on",
  "at",
  "min",
  "read",
  "first",
]);

/** "Published: 14 October 2024", "Updated 3 May 2023 10:31 BST", or a line that is only a date. */
export function parseDateLine(line: string): { publishedAt: string; updated: boolean } | null {
  const t = line.trim();
  if (t.length > 80) return null;
  const labelled =
    /^(published|posted|updated|last updated|last modified|modified|first published|date|dated|released)(?:\s+(?:on|at))?\s*:?\s*(.+)$/i.exec(
      t,
    );
  if (labelled) {
    const iso = parseLooseDate(labelled[2] ?? "");
    return iso && iso.length >= 7
      ? { publishedAt: iso, updated: /updated|modified/i.test(labelled[1] ?? "") }
      : null;
  }
  // "POLICY BRIEF | Security Programme | February 2024": a header part that is only a date.
  // "Jane Doe |14.02.2024 - Update : 14.02.2024": a byline, then the date and its update.
  const parts = t.split(/\s+[|•]\s*|\s*[|•]\s+/);
  if (parts.length >= 2) {
    for (const part of parts.flatMap((p) =>
      p.split(/\s+[-–]\s+(?=(?:last\s+)?(?:update|updated|modified)\b)/i),
    )) {
      const d = findDates(part, null).find(
        (x) => x.precision !== "year" && x.text.length >= part.trim().length - 1,
      );
      if (d) return { publishedAt: d.iso, updated: false };
    }
  }
  const found = findDates(t, null).find((d) => d.precision === "day");
  if (!found) return null;
  // A sign-off "Tehran, Mehr News Agency, October 15, 2024": place and outlet, then the date.
  const signOff = /^([\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,4},\s*){1,2}$/u;
  if (
    found.end >= t.replace(/[.\s]+$/, "").length &&
    signOff.test(
      t.slice(0, found.start).trimEnd() +
        (t.slice(0, found.start).trimEnd().endsWith(",") ? "" : ","),
    )
  )
    return { publishedAt: found.iso, updated: false };
  const left = (t.slice(0, found.start) + " " + t.slice(found.end))
    .replace(
      /\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|sun)[a-z]*\b|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|\b[ap]\.?m\.?\b|\b(?:gmt|utc|bst|cet|cest|est|edt|pst|pdt|[a-z]{2,4}t)\b|[+-]\d{2}:?\d{2}/gi,
      " ",
    )
    .replace(/[^\p{L}\d]+/gu, " ")
    .trim();
  const extra = left.split(/\s+/).filter((w) => w !== "" && !DATE_LINE_WORDS.has(w.toLowerCase()));
  return extra.length <= 1
    ? { publishedAt: found.iso, updated: /^(?:last\s+)?updated\b/i.test(t) }
    : null;
}
