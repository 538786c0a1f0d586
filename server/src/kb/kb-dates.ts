// Partial ISO dates as the knowledge base writes them (YYYY, YYYY-MM, YYYY-MM-DD). A partial
// date stands for a period, so comparisons use its first or last day as the side requires.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Normalises a YAML date value (YAML reads a bare year as a number); null when not a date. */
export function parseKbDate(value: unknown): string | null {
  const text = typeof value === "number" && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== "string") return null;
  const m = DATE.exec(text);
  if (!m) return null;
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(Number(m[1]), month)))
    return null;
  return text;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First day of the period a partial date names, as YYYY-MM-DD. */
export function periodStart(date: string): string {
  const [y, m = "01", d = "01"] = date.split("-");
  return `${y}-${m}-${d}`;
}

/** Last day of the period a partial date names, as YYYY-MM-DD. */
export function periodEnd(date: string): string {
  const [y = "0000", m, d] = date.split("-");
  if (m === undefined) return `${y}-12-31`;
  if (d !== undefined) return `${y}-${m}-${d}`;
  const last = daysInMonth(Number(y), Number(m));
  return `${y}-${m}-${String(last).padStart(2, "0")}`;
}
