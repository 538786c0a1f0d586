// Events one sentence states as dated actions: phone calls, coups, elections, signings,
// sanctions decisions and strikes. Each is dated by its own clause, so a date that belongs to
// another verb of the sentence ("condemned on Tuesday the sanctions imposed ...") is not taken.
import { datesCompatible } from "./date-parts.ts";
import type { FoundDate } from "./dates.ts";
import { clauseAround, coupCue, electionCue, signingCue } from "./events-cues.ts";
import type { EventCandidate } from "./events-detect.ts";
import type { KbIndex } from "./kb-index.ts";
import type { SentenceRelation } from "./relate-sentence.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import type { Evidence } from "./types.ts";

/** A KB person, or a name the text introduced (the KB knows no such id). */
export function personOf(id: string, kb: KbIndex): boolean {
  const e = kb.byId.get(id);
  return !e || e.kind === "Person";
}

export interface SentenceContext {
  s: AnalysedSentence;
  relations: readonly SentenceRelation[];
  dates: readonly FoundDate[];
  evidence: Evidence;
  articleId: string;
  /** The sentence's venue ("in X"), if any. */
  place: AnalysedSentence["mentions"][number] | null;
  kb: KbIndex;
}

/** Adds the sentence's dated actions: calls (kept apart), signings (to cluster with meetings) and the rest. */
export function actionEvents(
  c: SentenceContext,
  out: { calls: EventCandidate[]; meetings: EventCandidate[]; others: EventCandidate[] },
): void {
  const { s, relations, dates, evidence, articleId, place, kb } = c;
  const { calls, meetings, others } = out;
  // A phone call is a contact, not a gathering somewhere: it is its own event, never merged
  // into a meeting; the same two people on the same day is one call.
  for (const r of relations) {
    if (
      r.type !== "MET_WITH" ||
      r.mode !== "phone" ||
      !personOf(r.from, kb) ||
      !personOf(r.to, kb) ||
      r.from === r.to
    )
      continue;
    const clause = clauseAround(s, r.at);
    const at = (s.tokens[r.at]?.start ?? s.sentence.start) - s.sentence.start;
    const near = dates
      .filter((d) => d.precision !== "year" && d.start >= clause.from && d.start < clause.to)
      .sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at));
    const date = near[0]?.iso ?? null;
    const pair = [r.from, r.to];
    const same = calls.find(
      (c) => pair.every((p) => c.participants.includes(p)) && datesCompatible(c.date, date),
    );
    if (same) {
      if (date && (!same.date || date.length > same.date.length)) same.date = date;
      if (!same.evidence.some((e) => e.start === evidence.start)) same.evidence.push(evidence);
      continue;
    }
    const names = pair.map((p) => kb.byId.get(p)?.name ?? p).join(" and ");
    calls.push({
      kind: "MEETING",
      name: `Phone call between ${names}`,
      date,
      location: null,
      participants: pair,
      articles: [articleId],
      evidence: [evidence],
      famous: false,
      phone: true,
    });
  }
  const coup = dates.length > 0 ? coupCue(s, kb, dates[0]?.iso ?? null) : null;
  const coupDate = coup ? dates.find((d) => d.start >= coup.from && d.start < coup.to) : undefined;
  if (coup && coupDate) {
    const where = coup.country ? (kb.byId.get(coup.country)?.name ?? coup.country) : null;
    others.push({
      kind: "OTHER",
      name: where ? `Coup in ${where}` : null,
      date: coupDate.iso,
      location: coup.country,
      participants: [coup.by, coup.leader].filter((x): x is string => !!x),
      articles: [articleId],
      evidence: [evidence],
      famous: false,
    });
  }
  // "X was re-elected in June": an election with its winner, dated in the trigger's clause.
  const election = dates.length > 0 ? electionCue(s, kb) : null;
  const elected = election
    ? dates.find(
        (d) =>
          Math.abs(d.start - election.at) <= 60 &&
          (d.precision !== "year" || /\b(1[89]|20)\d\d\b/.test(d.text)),
      )
    : undefined;
  if (election && elected) {
    const where = election.country
      ? (kb.byId.get(election.country)?.name ?? election.country)
      : null;
    others.push({
      kind: "ELECTION",
      name: where ? `Election in ${where}` : null,
      date: elected.iso,
      location: election.country,
      participants: [election.winner],
      articles: [articleId],
      evidence: [evidence],
      famous: false,
    });
  }
  // A dated or placed signing is an agreement; signed at a meeting, it joins that meeting.
  const signing = signingCue(s);
  const signedOn = signing
    ? dates.find((d) => d.precision !== "year" && Math.abs(d.start - signing.at) <= 60)
    : undefined;
  if (signing && (signedOn || place)) {
    meetings.push({
      kind: "AGREEMENT",
      name: null,
      date: signedOn?.iso ?? null,
      location: place?.id ?? null,
      participants: signing.signatories,
      articles: [articleId],
      evidence: [evidence],
      famous: false,
      placeEvidence: null,
      weak: [...signing.signatories],
    });
  }
  // "On Friday, Beijing announced sanctions on X": a dated sanctions decision is an event; the
  // date must be the decision's own, in its clause ("... since it invaded Y in 2022" is not).
  const packages = new Map<number, EventCandidate>();
  for (const r of relations) {
    if (r.type !== "SANCTIONS") continue;
    const clause = clauseAround(s, r.at);
    const when = dates.find(
      (d) => d.precision !== "year" && d.start >= clause.from && d.start < clause.to,
    );
    if (!when) continue;
    const same = packages.get(r.at);
    if (same) {
      for (const p of [r.from, r.to]) if (!same.participants.includes(p)) same.participants.push(p);
      continue;
    }
    const e: EventCandidate = {
      kind: "SANCTIONS",
      name: null,
      date: when.iso,
      location: null,
      participants: [r.from, r.to],
      articles: [articleId],
      evidence: [evidence],
      famous: false,
    };
    packages.set(r.at, e);
    others.push(e);
  }
  // "fired missiles at Israel on October 1": a dated strike is an event too; the attackers
  // of one trigger ("American and British aircraft struck targets in Yemen") are one event.
  const strikes = new Map<number, EventCandidate>();
  for (const r of relations) {
    if (r.type !== "ATTACKS" && r.type !== "OCCUPIES") continue;
    const year = dates.find(
      (d) => d.precision === "year" || d.precision === "month" || d.precision === "day",
    );
    if (!year) continue;
    const target = s.mentions.find((m) => m.id === r.to || m.actsFor === r.to);
    const venue =
      target &&
      (target.kind === "Location" ||
        (target.kind === "Country" &&
          target.via !== "demonym" &&
          s.tokens[target.ti - 1]?.lower === "in"))
        ? target.id
        : null;
    // "seized a slice of the Kursk region": the place is where; its country is the party hit.
    const hit = kb.byId.get(r.to)?.kind === "Location" ? (kb.countryOf.get(r.to) ?? r.to) : r.to;
    // One trigger, or another trigger of the sentence between the same parties, is one event.
    const same =
      strikes.get(r.at) ??
      [...strikes.values()].find(
        (x) => x.participants.includes(r.from) && x.participants.includes(hit),
      );
    if (same) {
      for (const p of [r.from, hit]) if (!same.participants.includes(p)) same.participants.push(p);
      same.location ??= venue;
      continue;
    }
    const e: EventCandidate = {
      kind:
        r.type === "OCCUPIES"
          ? "OTHER"
          : /\b(invad\w*|invasion|war)\b/i.test(s.sentence.text)
            ? "WAR"
            : "ATTACK",
      name: null,
      date: year.iso,
      location: venue,
      participants: [r.from, hit],
      articles: [articleId],
      evidence: [evidence],
      famous: false,
    };
    strikes.set(r.at, e);
    others.push(e);
  }
}
