// Cursor paging for connections. Cursors are opaque base64 offsets ("o:<n>"): every list is
// ordered deterministically, and `first` is capped so a page never runs away.
import { InputError } from "./input-error.ts";
import { LIMITS } from "./limits.ts";

export interface PageWindow {
  offset: number;
  first: number;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, "base64url").toString("utf8");
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match?.[1]) throw new InputError(`not a cursor from this API: ${cursor}`, "after");
  return Number(match[1]) + 1;
}

/** Checks `first` and `after` and turns them into an offset window. */
export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  max: number = LIMITS.pageSize,
  fallback = 20,
): PageWindow {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw new InputError(`first must be from 1 to ${max}, got ${size}`, "first");
  }
  return { offset: after ? decodeCursor(after) : 0, first: size };
}

/** Checks a plain `limit`/`first` argument against its cap. */
export function checkedLimit(value: number, name: string, max: number, min = 1): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new InputError(`${name} must be from ${min} to ${max}, got ${value}`, name);
  }
  return value;
}
