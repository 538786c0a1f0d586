// Events in one article: meetings, summits and visits from the sentences that relate persons by
// MET_WITH or VISITED (clustered by date and place: the same day in the same city is one
// event), summits and talks between national groups from their cues (events-cues.ts), dated
// actions (calls, coups, elections, signings, sanctions, strikes: events-actions.ts), and
// well-known events named in the text. Dates come from findDates, resolved against the
// article's date.
import type { EventKind } from "../graph/vocabulary.ts";
import { findDates, type FoundDate } from "./dates.ts";
import { holderCountry, roleCovers, type KbIndex } from "./kb-index.ts";
import {
  famousCandidates,
  famousMatches,
  sentenceWords,
  type FamousEvent,
} from "./load-famous-events.ts";
import type { SentenceRelation } from "./relate-sentence.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { foldText } from "./text-keys.ts";
import { actionEvents, personOf } from "./events-actions.ts";
import {
  attendedIn,
  attendeesIn,
  delegationHeads,
  groupTalks,
  summitCue,
  type SummitCue,
} from "./events-cues.ts";
import { addDelegationHeads, placeByVisits, summitEvents } from "./events-gatherings.ts";
import { datesCompatible } from "./date-parts.ts";
import type { Evidence } from "./types.ts";

export interface EventCandidate {
  kind: EventKind;
  name: string | null;
  date: string | null;
  location: string | null;
  participants: string[];
  articles: string[];
  evidence: Evidence[];
  famous: boolean;
  /** The sentence that placed the event, when one did. */
  placeEvidence?: Evidence | null;
  /** Participants only attendance cues name ("among those present"): they make no visits. */
  weak?: string[];
  /** States that only their persons bring to a gathering (addStates): not part of its id. */
  states?: string[];
  /** A phone call: a contact, never the same event as a gathering. */
  phone?: boolean;
  /** Heads of the national delegations at a meeting of countries ("talks between X and Y"). */
  heads?: { person: string; country: string }[];
}

const GATHERING = /\b(summit)\b/i;
/** "The next summit will be held in X": a gathering still to come places none reported. */
const NEXT_GATHERING = /\b(will|shall|to be held|is due|are due|scheduled|planned|next)\b/i;
const LOCATIVE = new Set(["in", "at", "to"]);
const GATHERING_NOUN =
  /\b(meeting|summit|talks)\b.*\b(took place|held|hosted|happened|occurred)\b|\b(hosted|held)\b.*\b(meeting|summit|talks|conference)\b|\b(conference|summit|meeting)\b.*\bwas (hosted|held)\b/i;

/** "the war in Syria", "the situation in Gaza": a place that is the topic, not the venue. */
const TOPIC_NOUNS = new Set([
  "war",
  "wars",
  "conflict",
  "crisis",
  "situation",
  "fighting",
  "violence",
  "developments",
  "tensions",
  "operation",
  "operations",
  "campaign",
  "presence",
  "invasion",
  "offensive",
  "interests",
  "policy",
  "policies",
  "role",
  "influence",
  "troops",
  "forces",
  "occupation",
  "events",
  "peace",
  "stability",
  "security",
  "elections",
  "protests",
]);

export { datesCompatible };
export { meetingsOfDelegations } from "./events-gatherings.ts";

export function detectEvents(
  articleId: string,
  articleDate: string | null,
  sentences: readonly { s: AnalysedSentence; relations: SentenceRelation[] }[],
  kb: KbIndex,
  famous: readonly FamousEvent[],
  /** The place the article's dateline names, if the knowledge base knows it. */
  dateline: string | null = null,
): EventCandidate[] {
  const meetings: EventCandidate[] = [];
  const others: EventCandidate[] = [];
  const summits: { cue: SummitCue; date: string | null; evidence: Evidence }[] = [];
  const attendees: string[] = [];
  const attended = new Set<string>();
  const calls: EventCandidate[] = [];
  const heads: { person: string; country: string }[] = [];
  for (const { s, relations } of sentences) {
    const evidence: Evidence = {
      article: articleId,
      text: s.sentence.text,
      start: s.sentence.start,
      end: s.sentence.end,
    };
    const dates = findDates(s.sentence.text, articleDate).filter(
      (d) => d.precision !== "year" || /\b(1[89]|20)\d\d\b/.test(d.text),
    );
    const candidates = famousCandidates(famous, sentenceWords(s.tokens));
    const folded = candidates.length > 0 ? foldText(s.sentence.text).replace(/[-–]/g, " ") : "";
    const words = candidates.length > 0 ? sentenceWords([{ lower: folded }]) : new Set<string>();
    for (const f of candidates) {
      if (f.notBefore && articleDate && articleDate < f.notBefore.slice(0, articleDate.length))
        continue;
      if (!famousMatches(f, folded, words)) continue;
      others.push({
        kind: f.kind,
        name: f.name,
        date: f.date,
        location: f.location,
        participants: [...f.participants],
        articles: [articleId],
        evidence: [evidence],
        famous: true,
      });
    }
    const place = s.mentions.find((m) => isVenue(s, m)) ?? null;
    actionEvents(
      { s, relations, dates, evidence, articleId, place, kb },
      { calls, meetings, others },
    );
    const meet = relations.filter(
      (r) =>
        (r.type === "MET_WITH" &&
          r.mode !== "phone" &&
          personOf(r.from, kb) &&
          personOf(r.to, kb)) ||
        (r.type === "VISITED" && personOf(r.from, kb)),
    );
    if (
      meet.length === 0 &&
      place &&
      GATHERING_NOUN.test(s.sentence.text) &&
      !NEXT_GATHERING.test(s.sentence.text)
    ) {
      // "The meeting took place in X": the place of the article's meeting, no participants.
      meetings.push({
        kind: "MEETING",
        name: null,
        date: dates.find((d) => d.precision !== "year")?.iso ?? null,
        location: place.id,
        participants: [],
        articles: [articleId],
        evidence: [],
        famous: false,
        placeEvidence: evidence,
      });
    }
    // Coordinated clauses ("X travelled to A in May for talks with Y, and Z met W in B on 1
    // June") report different gatherings, each with the date and place of its own clause.
    const clauses = clausesOf(s, meet);
    for (const clause of clauses) {
      const inClause = clauses.length > 1;
      const own = clause.relations;
      const clauseDates = inClause
        ? dates.filter((d) => d.start >= clause.start && d.start < clause.end)
        : dates;
      const clausePlace = inClause
        ? place &&
          place.start - s.sentence.start >= clause.start &&
          place.start - s.sentence.start < clause.end
          ? place
          : placeIn(s, clause)
        : place;
      detectGatherings(own, clauseDates, clausePlace, s, evidence, articleId, kb, meetings);
    }
    const dayOrMonth = dates.find((d) => d.precision !== "year")?.iso ?? null;
    const summit = summitCue(s, kb);
    // "At a summit in Abuja on 30 July, ..., the bloc gave the junta until 6 August": the date beside the word.
    if (summit)
      summits.push({
        cue: summit,
        date:
          dates.find((d) => d.precision !== "year" && Math.abs(d.start - summit.at) <= 40)?.iso ??
          null,
        evidence,
      });
    else if (!place && meet.length === 0) {
      attendees.push(...attendeesIn(s));
      for (const p of attendedIn(s)) attended.add(p);
    }
    heads.push(...delegationHeads(s, kb));
    const talks = groupTalks(s);
    if (talks.length > 0)
      meetings.push({
        kind: "MEETING",
        name: null,
        date: dayOrMonth,
        location: place?.id ?? null,
        participants: talks,
        articles: [articleId],
        evidence: [evidence],
        famous: false,
        placeEvidence: place ? evidence : null,
      });
  }
  const gatherings = clusterMeetings(
    [...summitEvents(summits, attendees, articleId, attended), ...meetings],
    articleDate,
    kb,
  );
  addDelegationHeads(gatherings, heads, kb);
  placeByVisits(gatherings, kb);
  placeByDateline(gatherings, dateline, articleDate);
  for (const c of calls) if (!c.date && articleDate) c.date = articleDate.slice(0, 7);
  return [...gatherings.filter((e) => e.participants.length > 0), ...calls, ...others];
}

type Place = AnalysedSentence["mentions"][number];

/**
 * A gathering of the article's own month that the text places nowhere took place where the
 * article was filed ("WASHINGTON — ... signed the accords at the White House").
 */
function placeByDateline(
  gatherings: readonly EventCandidate[],
  place: string | null,
  articleDate: string | null,
): void {
  if (!place || !articleDate) return;
  for (const g of gatherings)
    if (!g.location && !g.phone && (!g.date || articleDate.startsWith(g.date.slice(0, 7))))
      g.location = place;
}

interface Clause {
  /** Character range in the sentence. */
  start: number;
  end: number;
  relations: SentenceRelation[];
}

/** Words that start a new coordinated or contrasted clause after a comma (or on their own). */
const CLAUSE_JOINS = new Set(["and", "but", "while", "whereas"]);

/** The sentence's clauses that hold gathering relations, each with its own relations. */
function clausesOf(s: AnalysedSentence, meet: SentenceRelation[]): Clause[] {
  if (meet.length === 0) return [];
  const tokens = s.tokens;
  const cuts: number[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    const t = tokens[k] as (typeof tokens)[number];
    if (
      t.text === ";" ||
      (t.text === "," &&
        CLAUSE_JOINS.has(tokens[k + 1]?.lower ?? "") &&
        s.mentions.some((m) => m.ti > k + 1 && m.ti <= k + 8))
    )
      cuts.push(k);
    // "visited Riyadh in December and hosted X in Beijing": a second gathering verb with a venue
    // of its own is a gathering of its own.
    else if (
      t.lower === "and" &&
      meet.some((r) => r.at === k + 1) &&
      meet.some((r) => r.at < k && r.at > (cuts[cuts.length - 1] ?? -1))
    ) {
      const next = tokens.findIndex(
        (x, i) => i > k + 1 && (x.text === "," || x.text === ";" || x.lower === "and"),
      );
      const end = next < 0 ? tokens.length : next;
      if (s.mentions.some((m) => m.ti > k + 1 && m.ti < end && isVenue(s, m))) cuts.push(k);
    }
  }
  const bounds = [0, ...cuts, tokens.length];
  const out: Clause[] = [];
  for (let c = 0; c + 1 < bounds.length; c++) {
    const from = bounds[c] as number;
    const to = bounds[c + 1] as number;
    const relations = meet.filter((r) => r.at >= from && r.at < to);
    if (relations.length === 0) continue;
    const start = (tokens[from] as (typeof tokens)[number]).start - s.sentence.start;
    const end =
      to < tokens.length
        ? (tokens[to] as (typeof tokens)[number]).start - s.sentence.start
        : s.sentence.text.length;
    out.push({ start, end, relations });
  }
  // Relations whose trigger sits outside every clause with others stay with the first one.
  if (out.length === 0) return [{ start: 0, end: s.sentence.text.length, relations: meet }];
  return out;
}

/** A venue ("in X", "at the Y") inside a clause, or null. */
function placeIn(s: AnalysedSentence, c: Clause): Place | null {
  return (
    s.mentions.find(
      (m) =>
        m.start - s.sentence.start >= c.start &&
        m.start - s.sentence.start < c.end &&
        isVenue(s, m),
    ) ?? null
  );
}

function isVenue(s: AnalysedSentence, m: Place): boolean {
  if (m.kind !== "Location" && (m.kind !== "Country" || m.via === "demonym")) return false;
  // "at the Kremlin", "in the Gulf": the article between does not matter.
  const k = s.tokens[m.ti - 1]?.lower === "the" ? m.ti - 1 : m.ti;
  return (
    LOCATIVE.has(s.tokens[k - 1]?.lower ?? "") &&
    !TOPIC_NOUNS.has(s.tokens[k - 2]?.lower ?? "") &&
    !afterTopicMarker(s, k - 1)
  );
}

/** "talked about the blockade of grain in the Black Sea": a place inside the topic, not the venue. */
const TOPIC_MARKERS = new Set([
  "about",
  "regarding",
  "concerning",
  "discuss",
  "discussed",
  "discussing",
  "over",
]);
const CLAUSE_BREAKS = new Set([
  ",",
  ";",
  ":",
  "and",
  "but",
  "while",
  "where",
  "when",
  "before",
  "after",
]);

function afterTopicMarker(s: AnalysedSentence, preposition: number): boolean {
  for (let i = preposition - 1; i >= Math.max(0, preposition - 8); i--) {
    const word = s.tokens[i]?.lower ?? "";
    if (CLAUSE_BREAKS.has(word)) return false;
    if (TOPIC_MARKERS.has(word)) return true;
  }
  return false;
}

/**
 * Visits by different people in one clause ("Putin came to Tehran after Biden's tour of Israel
 * and Saudi Arabia") are different events; one person's tour of several countries is one, with
 * the host countries among its participants. Meetings go with the first visitor.
 */
function detectGatherings(
  meet: SentenceRelation[],
  dates: FoundDate[],
  place: Place | null,
  s: AnalysedSentence,
  evidence: Evidence,
  articleId: string,
  kb: KbIndex,
  meetings: EventCandidate[],
): void {
  const visitors = [...new Set(meet.filter((r) => r.type === "VISITED").map((r) => r.from))];
  const groups =
    visitors.length > 1
      ? visitors.map((v, k) => meet.filter((r) => (r.type === "VISITED" ? r.from === v : k === 0)))
      : meet.length > 0
        ? [meet]
        : [];
  for (const group of groups) {
    const hosts = group
      .filter((r) => r.type === "VISITED" && kb.byId.get(r.to)?.kind === "Country")
      .map((r) => r.to);
    const participants = [
      ...new Set([
        ...group.flatMap((r) => (r.type === "VISITED" ? [r.from] : [r.from, r.to])),
        ...hosts,
      ]),
    ];
    const visited = group.find((r) => r.type === "VISITED")?.to ?? null;
    const onlyVisit = group.every((r) => r.type === "VISITED");
    // "arrived on Monday evening and was received yesterday by X for talks": the talks' date.
    const triggers = group.filter((r) => onlyVisit || r.type !== "VISITED").map((r) => r.at);
    meetings.push({
      kind: GATHERING.test(s.sentence.text) ? "SUMMIT" : onlyVisit ? "VISIT" : "MEETING",
      name: null,
      date: nearestDate(dates, triggers, s),
      // "on a state visit to South Africa, held talks ... in Pretoria": the city within the country.
      location:
        (visited &&
          s.mentions.find((m) => kb.countryOf.get(m.id) === visited && isVenue(s, m))?.id) ??
        visited ??
        place?.id ??
        null,
      participants,
      articles: [articleId],
      evidence: [evidence],
      famous: false,
      placeEvidence: !visited && place ? evidence : null,
    });
  }
}

/** The day or month nearest the triggers (token indices) of the sentence, or null. */
function nearestDate(
  dates: readonly FoundDate[],
  triggers: readonly number[],
  s: AnalysedSentence,
): string | null {
  let best: FoundDate | null = null;
  let gap = Infinity;
  for (const d of dates) {
    if (d.precision === "year") continue;
    for (const t of triggers) {
      const token = s.tokens[t];
      if (!token) continue;
      const [from, to] = [token.start - s.sentence.start, token.end - s.sentence.start];
      const g = to <= d.start ? d.start - to : Math.max(0, from - d.end);
      if (g < gap) [best, gap] = [d, g];
    }
  }
  return best?.iso ?? dates.find((d) => d.precision !== "year")?.iso ?? null;
}

/**
 * A meeting or summit held in a country is a visit to it by each participant who holds no
 * office there ("the talks took place in Turkmenistan" -> Putin VISITED Turkmenistan). Only
 * persons the knowledge base knows, so their own country is known.
 */
export function visitsOfEvents(
  events: readonly EventCandidate[],
  kb: KbIndex,
  textRoles: ReadonlyMap<string, readonly string[]> = new Map(),
): { from: string; type: "VISITED"; to: string; evidence: Evidence }[] {
  const out: { from: string; type: "VISITED"; to: string; evidence: Evidence }[] = [];
  for (const e of events) {
    if ((e.kind !== "MEETING" && e.kind !== "SUMMIT") || !e.location || !e.placeEvidence) continue;
    const country =
      kb.byId.get(e.location)?.kind === "Country" ? e.location : kb.countryOf.get(e.location);
    if (!country) continue;
    for (const p of e.participants) {
      // Persons visit; a state at the gathering (one its persons brought along) does not.
      if (e.weak?.includes(p) || kb.byId.get(p)?.kind === "Country") continue;
      // Whom a person serves: the knowledge base's offices, else the article's own words
      // ("Greenland's premier, X").
      const kbRoles = kb.rolesOf.get(p) ?? [];
      const served = kbRoles.length ? kbRoles.map((r) => r.of) : (textRoles.get(p) ?? []);
      if (
        served.length === 0 ||
        served.some((of) => of === country || kb.countryOf.get(of) === country)
      )
        continue;
      out.push({ from: p, type: "VISITED", to: country, evidence: e.placeEvidence });
    }
  }
  return out;
}

/**
 * The states at a gathering: each person there who serves one country at the event's date (the
 * knowledge base's offices, else the offices the text gave; a council or ministry stands for its
 * country) brings that country along ("Albanese met Xi in Beijing" is a meeting of Australia and
 * China too). They are kept in `states`, out of the event's id.
 */
export function addStates(
  events: EventCandidate[],
  kb: KbIndex,
  textRoles: ReadonlyMap<string, readonly string[]>,
  articleDate: string | null,
): void {
  /** The countries holders stand for ("Supreme National Security Council": Iran). */
  const countries = (holders: readonly string[]): string[] => [
    ...new Set(holders.map((o) => holderCountry(o, kb) ?? o)),
  ];
  for (const e of events) {
    if (!GATHERING_KINDS.has(e.kind) || e.phone) continue;
    const date = e.date ?? articleDate;
    for (const p of [...e.participants]) {
      const kind = kb.byId.get(p)?.kind;
      if (e.weak?.includes(p) || (kind && kind !== "Person")) continue;
      const roles = kb.rolesOf.get(p);
      const served = roles
        ? countries(date ? roles.filter((r) => roleCovers(r, date)).map((r) => r.of) : [])
        : countries(textRoles.get(p) ?? []);
      const country = served.length === 1 ? served[0] : null;
      if (
        country &&
        kb.byId.get(country)?.kind === "Country" &&
        !e.participants.includes(country)
      ) {
        e.participants.push(country);
        (e.states ??= []).push(country);
      }
    }
  }
}

const GATHERING_KINDS = new Set(["MEETING", "SUMMIT", "VISIT", "AGREEMENT"]);

/**
 * Two meeting sentences are one meeting when they share a participant, or one of them names
 * nobody ("the talks took place in X"), or both name the same day and place: "Macron met Ruto"
 * and, later, "Xi met Lula" are two meetings even when neither gives a date or place.
 */
function participantsCompatible(a: EventCandidate, b: EventCandidate): boolean {
  if (a.participants.length === 0 || b.participants.length === 0) return true;
  if (a.participants.some((p) => b.participants.includes(p))) return true;
  return (
    !!a.date &&
    a.date === b.date &&
    a.date.length === 10 &&
    !!a.location &&
    a.location === b.location
  );
}

const placeCompatible = (a: string | null, b: string | null, kb: KbIndex): boolean =>
  !a || !b || a === b || kb.countryOf.get(a) === b || kb.countryOf.get(b) === a;

/** One article's meeting sentences on the same day and in the same place are one event. */
function clusterMeetings(
  list: EventCandidate[],
  articleDate: string | null,
  kb: KbIndex,
): EventCandidate[] {
  const out: EventCandidate[] = [];
  for (const c of list) {
    const same = out.find(
      (o) =>
        datesCompatible(o.date, c.date) &&
        placeCompatible(o.location, c.location, kb) &&
        participantsCompatible(o, c),
    );
    if (same) mergeInto(same, c, kb);
    else
      out.push({
        ...c,
        participants: [...c.participants],
        evidence: [...c.evidence],
        weak: [...(c.weak ?? [])],
        heads: [...(c.heads ?? [])],
      });
  }
  // A meeting the text gives no date for happened around the article's date: month precision.
  for (const o of out) if (!o.date && articleDate) o.date = articleDate.slice(0, 7);
  return out;
}

const KIND_RANK: Record<string, number> = { SUMMIT: 0, MEETING: 1, VISIT: 2, AGREEMENT: 3 };

export function mergeInto(into: EventCandidate, c: EventCandidate, kb: KbIndex): void {
  if (c.date && (!into.date || c.date.length > into.date.length)) into.date = c.date;
  if (c.location && (!into.location || kb.countryOf.get(c.location) === into.location))
    into.location = c.location;
  if ((KIND_RANK[c.kind] ?? 9) < (KIND_RANK[into.kind] ?? 9)) into.kind = c.kind;
  into.name ??= c.name;
  if (c.location === into.location) into.placeEvidence ??= c.placeEvidence;
  into.famous ||= c.famous;
  const strong = new Set(
    [...into.participants, ...c.participants].filter(
      (p) =>
        (into.participants.includes(p) && !into.weak?.includes(p)) ||
        (c.participants.includes(p) && !c.weak?.includes(p)),
    ),
  );
  // A state only brought along by its persons stays so unless the other candidate names it.
  into.states = [
    ...(into.states ?? []).filter((p) => !c.participants.includes(p) || c.states?.includes(p)),
    ...(c.states ?? []).filter((p) => !into.participants.includes(p)),
  ];
  for (const p of c.participants) if (!into.participants.includes(p)) into.participants.push(p);
  into.weak = into.participants.filter((p) => !strong.has(p));
  for (const a of c.articles) if (!into.articles.includes(a)) into.articles.push(a);
  for (const e of c.evidence)
    if (!into.evidence.some((x) => x.article === e.article && x.start === e.start))
      into.evidence.push(e);
}
