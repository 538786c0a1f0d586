// When two event reports are the same real event: compatible kinds, dates that agree at the
// coarser precision, places in the same country (or unknown), and shared participants.
import type { EventKind } from "../vocabulary.ts";

export interface EventReport {
  kind: EventKind;
  dateText: string | null;
  /** Countries of the event's places (a city is reduced to its country), empty when unknown. */
  countries: string[];
  participants: string[];
}

const FAMILIES: readonly (readonly EventKind[])[] = [
  ["MEETING", "SUMMIT", "VISIT"],
  ["WAR", "ATTACK"],
];

export function kindFamily(kind: EventKind): readonly EventKind[] {
  return FAMILIES.find((family) => family.includes(kind)) ?? [kind];
}

/** "2022-07" and "2022-07-19" agree; "2022-07" and "2022-08" do not; an unknown date agrees. */
export function datesAgree(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  return a.startsWith(b) || b.startsWith(a);
}

/**
 * The extraction's own rule (server/src/ingest/events-merge.ts), applied again across
 * articles loaded at different times: two shared participants, or one on the same day in the
 * same country.
 */
export function eventsCompatible(a: EventReport, b: EventReport): boolean {
  if (!kindFamily(a.kind).includes(b.kind)) return false;
  if (!datesAgree(a.dateText, b.dateText)) return false;
  const located = a.countries.length > 0 && b.countries.length > 0;
  if (located && !a.countries.some((c) => b.countries.includes(c))) return false;
  const shared = a.participants.filter((p) => b.participants.includes(p)).length;
  const sameDay =
    located && a.dateText !== null && a.dateText === b.dateText && a.dateText.length === 10;
  return shared >= 2 || (sameDay && shared >= 1);
}

/** Most specific first: a merged event shows the first kind any of its reports gives. */
export const KIND_PRIORITY: readonly EventKind[] = [
  "SUMMIT",
  "WAR",
  "AGREEMENT",
  "SANCTIONS",
  "ELECTION",
  "VISIT",
  "MEETING",
  "ATTACK",
  "OTHER",
];

/** The kind a merged event shows: the most specific one any report gives. */
export function mergedKind(kinds: EventKind[]): EventKind {
  return KIND_PRIORITY.find((kind) => kinds.includes(kind)) ?? "OTHER";
}

export function datePrecision(dateText: string | null): "day" | "month" | "year" | null {
  if (dateText === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(dateText)) return "day";
  if (/^\d{4}-\d{2}$/.test(dateText)) return "month";
  if (/^\d{4}$/.test(dateText)) return "year";
  return null;
}
