// Calendar helpers shared by the date finder: month and weekday names, validation, and the
// arithmetic on UTC dates that resolves relative expressions against an article's date.

export type DatePrecision = "day" | "month" | "year";

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MONTH_INDEX = new Map<string, number>();
[
  ["january", "jan"],
  ["february", "feb"],
  ["march", "mar"],
  ["april", "apr"],
  ["may"],
  ["june", "jun"],
  ["july", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oct"],
  ["november", "nov"],
  ["december", "dec"],
].forEach((names, i) => names.forEach((n) => MONTH_INDEX.set(n, i + 1)));

export const MONTH_PATTERN =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

export const WEEKDAYS = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

export function monthNumber(name: string): number | null {
  return MONTH_INDEX.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return y >= 1000 && y <= 2199 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

export function formatIso(y: number, m: number | null, d: number | null): string {
  if (m === null) return pad(y, 4);
  if (d === null) return `${pad(y, 4)}-${pad(m)}`;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the forms this project stores). */
export function parseIso(iso: string | null): { ymd: Ymd; precision: DatePrecision } | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  if (m[2] === undefined) return { ymd: { y, m: 1, d: 1 }, precision: "year" };
  const mo = Number(m[2]);
  if (m[3] === undefined) return { ymd: { y, m: mo, d: 1 }, precision: "month" };
  return { ymd: { y, m: mo, d: Number(m[3]) }, precision: "day" };
}

export function addDays(date: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function addMonths(date: Ymd, months: number): { y: number; m: number } {
  const index = date.y * 12 + (date.m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

export function weekday(date: Ymd): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Dates compatible at their common precision ("2022-07" and "2022-07-19"). */
export const datesCompatible = (a: string | null, b: string | null): boolean =>
  !a || !b || a.startsWith(b) || b.startsWith(a);
