// Events across articles: the same real event reported by several articles becomes ONE node
// (compatible dates, the same place or none, shared participants), with a stable, readable id
// built from date, place and participants.
import { slugify } from "./text-keys.ts";
import { datesCompatible, mergeInto, type EventCandidate } from "./events-detect.ts";
import type { KbIndex } from "./kb-index.ts";
import type { ExtractedEvent } from "./types.ts";

const GATHERINGS = new Set(["MEETING", "SUMMIT", "VISIT"]);
const SEPARATE = new Set(["SANCTIONS", "AGREEMENT", "ELECTION"]);

function sameEvent(a: EventCandidate, b: EventCandidate, kb: KbIndex): boolean {
  if (a.famous || b.famous)
    return a.famous && b.famous
      ? a.name === b.name
      : famousMatch(a.famous ? a : b, a.famous ? b : a);
  if (GATHERINGS.has(a.kind) !== GATHERINGS.has(b.kind) || !!a.phone !== !!b.phone) return false;
  // A sanctions package, a signing or an election is never the same event as a strike.
  if (a.kind !== b.kind && (SEPARATE.has(a.kind) || SEPARATE.has(b.kind))) return false;
  if (!datesCompatible(a.date, b.date)) return false;
  const place =
    !a.location ||
    !b.location ||
    a.location === b.location ||
    kb.countryOf.get(a.location) === b.location ||
    kb.countryOf.get(b.location) === a.location;
  if (!place) return false;
  // "the G20 summit in New Delhi" in two articles: one body's summit in one place is one summit.
  if (
    a.kind === "SUMMIT" &&
    b.kind === "SUMMIT" &&
    a.location &&
    b.location &&
    a.participants.some(
      (p) => b.participants.includes(p) && kb.byId.get(p)?.kind === "Organisation",
    )
  )
    return true;
  const shared = a.participants.filter((p) => b.participants.includes(p)).length;
  const sameDay =
    !!a.date && a.date === b.date && a.date.length === 10 && !!a.location && !!b.location;
  // "Putin arrived in Tehran on Tuesday" and, undated, "Putin met Raisi in Tehran": one person
  // in one place within the same dated period is one gathering.
  const samePerson =
    GATHERINGS.has(a.kind) &&
    !!a.date &&
    !!b.date &&
    !!a.location &&
    !!b.location &&
    a.participants.some((p) => b.participants.includes(p) && kb.byId.get(p)?.kind === "Person");
  return shared >= 2 || (sameDay && shared >= 1) || samePerson;
}

/** A generic war or attack with the famous event's participants and year. */
function famousMatch(f: EventCandidate, e: EventCandidate): boolean {
  if (GATHERINGS.has(e.kind) || !f.date || !e.date) return false;
  return (
    f.date.slice(0, 4) === e.date.slice(0, 4) &&
    e.participants.every((p) => f.participants.includes(p) || p === f.location)
  );
}

const shortName = (id: string, kb: KbIndex): string => {
  const e = kb.byId.get(id);
  if (e?.kind === "Person") return id.split("-").pop() ?? id;
  return id;
};

function nameOf(e: EventCandidate, kb: KbIndex): string {
  if (e.name) return e.name;
  const names = e.participants.map((p) => kb.byId.get(p)?.name ?? p);
  const list =
    names.length > 1
      ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
      : (names[0] ?? "");
  const place = e.location ? ` in ${kb.byId.get(e.location)?.name ?? e.location}` : "";
  const what = {
    MEETING: "Meeting of",
    SUMMIT: "Summit of",
    VISIT: "Visit by",
    WAR: "War between",
    ATTACK: "Attack by",
    AGREEMENT: "Agreement of",
    SANCTIONS: "Sanctions by",
    ELECTION: "Election in",
    OTHER: "Event involving",
  }[e.kind];
  return `${what} ${list}${place}`;
}

export function mergeEvents(
  candidates: readonly EventCandidate[],
  kb: KbIndex,
  known: Set<string>,
): ExtractedEvent[] {
  const merged: EventCandidate[] = [];
  for (const c of candidates) {
    const same = merged.find((m) => sameEvent(m, c, kb));
    if (same) {
      const famousFirst = c.famous && !same.famous;
      mergeInto(same, c, kb);
      if (famousFirst) {
        same.date = c.date;
        same.kind = c.kind;
      }
    } else
      merged.push({
        ...c,
        participants: [...c.participants],
        articles: [...c.articles],
        evidence: [...c.evidence],
        weak: [...(c.weak ?? [])],
        states: [...(c.states ?? [])],
      });
  }
  const out = merged.map((e) => {
    const participants = e.participants.filter((p) => known.has(p));
    const location = e.location && known.has(e.location) ? e.location : null;
    const name = nameOf({ ...e, participants, location }, kb);
    const id = e.famous
      ? `event/${e.date ?? "undated"}-${slugify(name)}`
      : `event/${[
          e.date ?? "undated",
          location ? shortName(location, kb) : null,
          ...participants
            .filter((p) => p !== location && !e.states?.includes(p))
            .slice(0, 5)
            .map((p) => shortName(p, kb)),
        ]
          .filter(Boolean)
          .join("-")}`;
    return {
      id,
      name,
      kind: e.kind,
      date: e.date,
      location,
      participants,
      articles: [...e.articles].sort(),
      evidence: e.evidence,
    };
  });
  const seen = new Map<string, number>();
  for (const e of out) {
    const n = seen.get(e.id) ?? 0;
    seen.set(e.id, n + 1);
    if (n > 0) e.id = `${e.id}-${n + 1}`;
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
