// Article-level steps on an article's gatherings: its summits gathered from the sentences that
// name them, delegation heads joined to their country's talks (and met each other), and
// meetings placed by a visit in the days before.
import type { EventCandidate } from "./events-detect.ts";
import type { SummitCue } from "./events-cues.ts";
import { roleCovers, type KbIndex } from "./kb-index.ts";
import type { Evidence } from "./types.ts";

/**
 * The summits an article reports: one per named host ("the BRICS summit"); a bare "the summit"
 * is the last one named. Attendance sentences without the word ("Among those present: A, B")
 * add their persons to the article's first summit.
 */
export function summitEvents(
  cues: readonly { cue: SummitCue; date: string | null; evidence: Evidence }[],
  attendees: readonly string[],
  articleId: string,
  attended: ReadonlySet<string> = new Set(),
): EventCandidate[] {
  const out: EventCandidate[] = [];
  const keys: string[] = [];
  for (const { cue, date, evidence } of cues) {
    // A cue naming no host is the last summit named, unless it is held elsewhere; a host named
    // later ("the 15th BRICS summit") names the summit an earlier bare mention began.
    const last = out.length - 1;
    const samePlace = (k: number): boolean =>
      !cue.place || !out[k]?.location || out[k]?.location === cue.place;
    let at = cue.hosts[0] ? keys.indexOf(cue.hosts[0]) : last >= 0 && samePlace(last) ? last : -1;
    if (at < 0 && cue.hosts[0] && last >= 0 && keys[last] === "" && samePlace(last))
      keys[(at = last)] = cue.hosts[0];
    let e = out[at];
    if (!e) {
      e = {
        kind: "SUMMIT",
        name: null,
        date: null,
        location: null,
        participants: [],
        articles: [articleId],
        evidence: [],
        famous: false,
        placeEvidence: null,
      };
      out.push(e);
      keys.push(cue.hosts[0] ?? "");
    }
    e.date ??= date;
    if (cue.place && !e.location) {
      e.location = cue.place;
      e.placeEvidence = evidence;
    }
    // Naming someone with a summit does not say they travelled to it (the host, a leader
    // speaking by video, the leader it demands back): its persons make no visits, unless the
    // sentence says they attended ("Attending the summit were A and B").
    for (const p of [...cue.hosts, ...cue.persons]) {
      if (e.participants.includes(p)) continue;
      e.participants.push(p);
      if (!cue.present || cue.hosts.includes(p)) (e.weak ??= []).push(p);
    }
    e.evidence.push(evidence);
  }
  // A summit nobody is named at ("leaders gathered for a summit") is no event to link.
  out.splice(0, out.length, ...out.filter((e) => e.participants.length > 0));
  const first = out[0];
  // Attendance sentences that do not name the summit count only where the summit is the story.
  if (first && cues.length >= 2) {
    for (const p of attendees) {
      if (first.participants.includes(p)) continue;
      first.participants.push(p);
      if (!attended.has(p)) (first.weak ??= []).push(p);
    }
  }
  return out;
}

/**
 * "She landed in Taiwan on Tuesday ... On Wednesday she met President Tsai": a meeting the text
 * does not place, between a visitor and an office-holder of the country visited in the days
 * before, took place in that country.
 */
export function placeByVisits(events: EventCandidate[], kb: KbIndex): void {
  const visits = events.filter((e) => e.kind === "VISIT" && e.location && e.date?.length === 10);
  if (visits.length === 0) return;
  for (const e of events) {
    if (e.kind === "VISIT" || e.location || !e.date || e.date.length !== 10) continue;
    const day = Date.parse(e.date);
    const v = visits.find((x) => {
      const country =
        kb.byId.get(x.location as string)?.kind === "Country"
          ? x.location
          : kb.countryOf.get(x.location as string);
      const gap = (day - Date.parse(x.date as string)) / 86_400_000;
      const hosts = e.participants.some((p) =>
        (kb.rolesOf.get(p) ?? []).some((r) => r.of === country && roleCovers(r, e.date as string)),
      );
      return (
        gap >= 0 && gap <= 7 && hosts && x.participants.some((p) => e.participants.includes(p))
      );
    });
    if (v) e.location = v.location;
  }
}

/** A delegation's head takes part in the article's gathering of their country. */
export function addDelegationHeads(
  events: EventCandidate[],
  heads: readonly { person: string; country: string }[],
  kb: KbIndex,
): void {
  for (const h of heads) {
    const ofCountry = (p: string): boolean =>
      p === h.country ||
      (kb.rolesOf.get(p) ?? []).some(
        (r) => r.of === h.country || kb.countryOf.get(r.of) === h.country,
      );
    const e = events.find(
      (x) =>
        x.kind !== "VISIT" &&
        x.participants.some(ofCountry) &&
        (x.participants.includes(h.person) ||
          !events.some((y) => y.participants.includes(h.person))),
    );
    if (e?.kind === "MEETING" && e.participants.includes(h.country)) (e.heads ??= []).push(h);
    if (e && !e.participants.includes(h.person)) {
      e.participants.push(h.person);
      (e.weak ??= []).push(h.person);
    }
  }
}

/**
 * "Russian and Ukrainian officials held talks ...; Ukraine's delegation was led by X; Y headed
 * the Russian team": the heads of two countries' delegations at one meeting met each other.
 */
export function meetingsOfDelegations(
  events: readonly EventCandidate[],
): { from: string; type: "MET_WITH"; to: string; evidence: Evidence }[] {
  const out: { from: string; type: "MET_WITH"; to: string; evidence: Evidence }[] = [];
  for (const e of events) {
    const heads = e.heads ?? [];
    const evidence = e.evidence[0];
    if (!evidence) continue;
    for (let i = 0; i < heads.length; i++) {
      for (let j = i + 1; j < heads.length; j++) {
        const [a, b] = [heads[i], heads[j]];
        if (a && b && a.country !== b.country && a.person !== b.person)
          out.push({ from: a.person, type: "MET_WITH", to: b.person, evidence });
      }
    }
  }
  return out;
}
