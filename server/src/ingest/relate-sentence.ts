// Relate: typed, directed actor-to-actor relations in one sentence, from the verb-pattern
// dictionary. Each trigger is matched with its frame, its two actors found inside the clause,
// and the statement dropped when it is negated or hypothetical. Precision over recall.
import { RELATION_TYPES, type RelationType } from "../graph/vocabulary.ts";
import type { Lexicon } from "./load-lexicon.ts";
import type { Trigger, VerbPatterns } from "./load-verb-patterns.ts";
import type { Mention } from "./mention.ts";
import {
  actorOf,
  argumentsOf,
  clauseStart,
  clauseSubject,
  coordinated,
  inParenthesis,
  mainSubject,
  leftSubject,
  objectOfRelative,
  sharedSubject,
  isBoundary,
  ownerOf,
  searchLeft,
  searchRight,
  type Arguments,
  type Slot,
} from "./relate-arguments.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { pastAdverbials } from "./time-adverbial.ts";
import { isPossessive, type Token } from "./tokenize.ts";
import nlp from "compromise";

const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "his",
  "her",
  "its",
  "their",
  "our",
  "my",
  "your",
  "this",
  "that",
  "any",
  "no",
  "every",
]);
const ADJECTIVE = /^(Adjective|Comparative|Superlative)$/;
/** "backed out of", "back down": phrasal verbs that mean something else. */
const PARTICLES = new Set(["out", "down", "away", "off"]);

export interface SentenceRelation {
  from: string;
  type: RelationType;
  to: string;
  confidence: number;
  mode: string | null;
  /** Token index of the trigger (events use it). */
  at: number;
  /** A presence, not a journey: a visit only where the place is abroad for a known side. */
  abroad?: boolean;
}

const QUOTE_MARKS = new Set(['"', "“", "”", "'", "‘", "’"]);
const GAP_STOPS = new Set([",", ";", ":", ".", "(", ")", "—", "–", "?", "!"]);
/** Clause words a "**" gap never spans. */
const VP_BOUNDARY_WORDS = new Set([
  "while",
  "whereas",
  "but",
  "although",
  "though",
  "because",
  "unless",
  "when",
  "where",
  "which",
  "who",
  "whose",
  "whom",
  "after",
  "before",
  "since",
  "if",
]);

/** After "in Geneva", "at the Élysée Palace": a place a verb phrase may hold, or k. */
function placePhraseEnd(tokens: readonly Token[], k: number, at: Arguments["at"]): number {
  if (tokens[k]?.lower !== "in" && tokens[k]?.lower !== "at") return k;
  const the = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
  const m = at[the];
  return m && m.ti === the && (m.kind === "Location" || m.kind === "Country") ? m.tj : k;
}

/** End token of `words` matched at token i ("*" = up to two filler words, none included), or -1. */
function matchWords(
  tokens: readonly Token[],
  i: number,
  words: readonly string[],
  at: Arguments["at"],
): number {
  let k = i;
  for (let w = 0; w < words.length; w++) {
    const word = words[w] as string;
    if (word === "**") {
      // Up to ten words of any kind, names included, within the clause: "signed a 20-year
      // \"strategic partnership\" treaty", "fired around 180 ballistic missiles at".
      const rest = words.slice(w + 1);
      for (let skip = 0; skip <= 10; skip++) {
        const t = tokens[k + skip - 1];
        if (
          skip > 0 &&
          (!t || GAP_STOPS.has(t.text) || (t.isWord && VP_BOUNDARY_WORDS.has(t.lower)))
        )
          break;
        const end = matchWords(tokens, k + skip, rest, at);
        if (end >= 0) return end;
      }
      return -1;
    }
    if (word === "*") {
      const rest = words.slice(w + 1);
      // Quotation marks around the filler ("expressed \"serious concerns\" about") are no words.
      let quoted = 0;
      while (QUOTE_MARKS.has(tokens[k + quoted]?.text ?? "")) quoted++;
      for (let skip = 0; skip <= 2; skip++) {
        if (
          tokens
            .slice(k + quoted, k + quoted + skip)
            .some((t, d) => !t.isWord || at[k + quoted + d])
        )
          break;
        const from = k + quoted + skip;
        const past = QUOTE_MARKS.has(tokens[from]?.text ?? "") ? from + 1 : from;
        const end = matchWords(tokens, past, rest, at);
        if (end >= 0) return end;
      }
      return -1;
    }
    while (tokens[k]?.text === "-" && word !== "-") k++;
    // "was \"deeply disappointed\" by": a quotation mark inside the phrase is no word of it.
    if (w > 0 && QUOTE_MARKS.has(tokens[k]?.text ?? "") && tokens[k + 1]?.lower === word) k++;
    // "held talks on Friday with", "met privately with": an adverbial inside the phrase.
    if (tokens[k]?.lower !== word && w > 0) {
      const past = pastAdverbials(tokens, k);
      if (past > k && !at[past - 1] && tokens[past]?.lower === word) k = past;
      // "held a meeting in Brasília with", "held talks on Monday in Geneva with": a place.
      else {
        const place = placePhraseEnd(tokens, past, at);
        const after = place > past ? pastAdverbials(tokens, place) : past;
        if (place > past && tokens[after]?.lower === word) k = after;
      }
    }
    if (tokens[k]?.lower !== word) return -1;
    k++;
  }
  return k;
}

/** Relations that hold over time, which a verb of stopping ends. */
const STANDING = new Set<RelationType>([
  "ATTACKS",
  "SUPPORTS",
  "AIDS",
  "SUPPLIES_ARMS_TO",
  "COOPERATES_WITH",
  "SANCTIONS",
  "OCCUPIES",
  "OPPOSES",
]);

const isNegation = (tokens: readonly Token[], k: number, vp: VerbPatterns): boolean => {
  const t = tokens[k];
  if (!t) return false;
  if (vp.negation.has(t.lower)) return true;
  // "stopped short of condemning": the act is not done.
  if (
    t.lower === "short" &&
    /^stop/.test(tokens[k - 1]?.lower ?? "") &&
    tokens[k + 1]?.lower === "of"
  )
    return true;
  return (
    /n$/.test(t.lower) &&
    (tokens[k + 1]?.text === "'" || tokens[k + 1]?.text === "’") &&
    tokens[k + 2]?.lower === "t"
  );
};

/** Verbs after "would" that keep a present stance going ("would continue to support"). */
const CONTINUING = new Set(["continue", "keep", "remain"]);

/** Auxiliaries between "and" and a coordinated verb ("and has asked"). */
const COORDINATED_AUXILIARIES = new Set(["has", "have", "had"]);

/** Confidence factor for the words between an argument and the trigger, or 0 for no fact. */
function modality(
  a: Arguments,
  from: number,
  ts: number,
  to: number,
  trig: Trigger,
  vp: VerbPatterns,
  reported = false,
): number {
  let factor = 1;
  const tokens = a.s.tokens;
  const [saidFrom, saidTo] = reportedBetween(a, from, ts, vp);
  for (let k = clauseStart(a, to); k < to; k++) {
    const w = tokens[k]?.lower ?? "";
    if (!vp.conditional.has(w) || inParenthesis(a, k, ts)) continue;
    if (w !== "until" || tokens.slice(0, k).some((_, d) => isNegation(tokens, d, vp))) return 0;
  }
  // "denies any role and accuses X", "has proposed a plan and has asked X": a finite verb after
  // "and" starts its own statement; what negated or hedged the verb before it does not reach it.
  let and = ts - 1;
  while (and > 0 && COORDINATED_AUXILIARIES.has(tokens[and]?.lower ?? "")) and--;
  const coordinated =
    tokens[and]?.lower === "and" && /(ed|es|s)$/.test(trig.words[0] ?? "") ? and : -1;
  for (let k = Math.max(0, from, coordinated); k < to; k++) {
    const t = tokens[k] as Token;
    // The trigger's own words ("threatened", "rejected") and a relative clause in between
    // ("X, which could ..., urged Y") say nothing about whether the statement holds.
    if ((k >= ts && trig.words.includes(t.lower)) || inParenthesis(a, k, ts)) continue;
    if (k >= saidFrom && k < saidTo) continue;
    if (isNegation(tokens, k, vp)) return 0;
    // "stopped deliveries of weapons to X": a standing relation stopped is no longer in force;
    // a visit that "ended" still took place. What "halted fighting" is a truce, not a fighter.
    if (
      STANDING.has(trig.type) &&
      vp.cessation.has(t.lower) &&
      !DETERMINERS.has(tokens[k - 1]?.lower ?? "")
    )
      return 0;
    // Two-word cues ("was due", "going to") end at their second word.
    const pair = `${tokens[k - 1]?.lower ?? ""} ${t.lower}`;
    // "said Turkey would stand with Azerbaijan": reported speech's "would" is its "will".
    // "said it would continue to support X": a stance kept, not a hypothesis.
    const after = QUOTE_MARKS.has(tokens[k + 1]?.text ?? "") ? tokens[k + 2] : tokens[k + 1];
    const continuing = t.lower === "would" && CONTINUING.has(after?.lower ?? "");
    if ((reported && t.lower === "would") || continuing) factor *= 0.8;
    else if (
      (vp.hypothetical.has(t.lower) && !isMonth(tokens, k)) ||
      (k > from && vp.hypothetical.has(pair))
    )
      return 0;
    if (vp.future.has(t.lower) || (k > from && vp.future.has(pair))) {
      // A visit or a meeting still to come has not happened ("will fly to X on Tuesday"); a
      // stance stated for the future ("will keep supplying") is one already taken.
      if (!reported && (trig.type === "VISITED" || trig.type === "MET_WITH")) return 0;
      factor *= 0.8;
    }
    if (vp.hedge.has(t.lower)) factor *= 0.8;
  }
  return factor;
}

const CHARACTERISING = new Set(["called", "calls", "described", "describes", "termed", "branded"]);

/** Participles that name a deed after "it" ("calling it a violation of ... and an act of ..."). */
const NAMING_IT = new Set(["calling", "describing", "branding", "terming"]);

/**
 * "called it an attack on", "described the raid as an act of aggression", "calling it a
 * violation of the Vienna Convention and an act of aggression against": a name for a deed.
 */
function characterised(tokens: readonly Token[], ts: number): boolean {
  for (let k = ts - 1; k >= 0 && k >= ts - 12; k--) {
    const w = tokens[k]?.lower ?? "";
    if (CHARACTERISING.has(w) && k >= ts - 6) return true;
    if (NAMING_IT.has(w) && tokens[k + 1]?.lower === "it") return true;
    if (GAP_STOPS.has(w)) return false;
  }
  return false;
}

/** Verbs by which a person leads a country. */
const RULING = new Set(["ruled", "rules", "governed", "governs"]);

const LINKING = new Set([",", "is", "was", "are", "were", "has", "been", "who", "which", "also"]);

const BODY_PEOPLE = new Set(["leaders", "ministers", "members", "officials", "delegates"]);

/** Only commas, a linking verb or an apposition stand between mention m and the trigger at ts. */
function besideTrigger(a: Arguments, m: Mention, ts: number): boolean {
  // After the verb ("who chairs ASEAN"), the trigger's `direct` reach already keeps it beside.
  if (m.ti >= ts) return true;
  const tokens = a.s.tokens;
  const [from, to] = [m.tj, ts];
  // "Bhumjaithai, the second-largest party in the coalition, led by": an apposition between.
  if (
    tokens[from]?.text === "," &&
    tokens[to - 1]?.text === "," &&
    to - from <= 14 &&
    !a.at.slice(from, to).some(Boolean)
  )
    return true;
  // "ECOWAS leaders, chaired by X": the body's people stand for the body.
  const people = BODY_PEOPLE.has(tokens[from]?.lower ?? "") ? from + 1 : from;
  for (let k = people; k < to; k++)
    if (!LINKING.has(tokens[k]?.lower ?? "") && !inParenthesis(a, k, ts)) return false;
  return true;
}

const RELATIVE_OBJECT = new Set(["which", "whom", "that"]);
const RELATIVE_ADVERBS = new Set(["only", "also", "even", "now", "still", "since"]);

/** The verb ending at te closes its clause ("... which only Turkey recognises, and ..."). */
const clauseEndsAt = (tokens: readonly Token[], te: number): boolean =>
  !tokens[te]?.isWord ||
  ["and", "but", "while", "in", "on", "last", "this"].includes(tokens[te]?.lower ?? "");

/**
 * "the Turkish Republic of Northern Cyprus, which only Turkey recognises": the verb's object is
 * the name the relative clause hangs on, when the agent opens that clause.
 */
function relativeObject(a: Arguments, agent: Mention): Mention | null {
  const tokens = a.s.tokens;
  let k = agent.ti - 1;
  while (RELATIVE_ADVERBS.has(tokens[k]?.lower ?? "")) k--;
  if (!RELATIVE_OBJECT.has(tokens[k]?.lower ?? "")) return null;
  k--;
  if (tokens[k]?.text === "," || QUOTE_MARKS.has(tokens[k]?.text ?? "")) k--;
  if (QUOTE_MARKS.has(tokens[k]?.text ?? "")) k--;
  const m = a.at[k];
  return m && m.tj === k + 1 && m.id !== agent.id && actorOf(a, m, "target") ? m : null;
}

/** What strikes hit inside a country: "strikes on military targets in Iran". */
const STRUCK_OBJECTS = new Set([
  "targets",
  "sites",
  "positions",
  "bases",
  "base",
  "facilities",
  "installations",
  "infrastructure",
  "depots",
  "areas",
]);

/** "carried out strikes on military targets in Iran": the country the struck objects are in. */
function struckCountry(a: Arguments, te: number): Mention | null {
  const m = searchRight(a, te, "place", 9);
  if (!m || m.kind !== "Country" || a.s.tokens[m.ti - 1]?.lower !== "in") return null;
  return a.s.tokens.slice(te, m.ti).some((t) => STRUCK_OBJECTS.has(t.lower)) ? m : null;
}

/** Relations made by words, whose object is never the victim of what they are about. */
const VERBAL_TYPES = new Set<RelationType>(["CRITICIZES", "CALLS_ON", "OPPOSES"]);
/** What an actor has that others violate: "Iran's sovereignty", "Iraq's airspace". */
const VIOLATED = new Set([
  "sovereignty",
  "territorial",
  "territory",
  "airspace",
  "waters",
  "borders",
  "border",
  "integrity",
  "independence",
]);

/** "Iran's sovereignty": the mention owns something that is violated. */
const victimOwner = (tokens: readonly Token[], m: Mention): boolean =>
  (tokens[m.tj]?.text === "'s" || tokens[m.tj]?.text === "’s") &&
  VIOLATED.has(tokens[m.tj + 1]?.lower ?? "");

const COORDINATED_ADVERBS = new Set([",", "also", "then", "later", "subsequently", "immediately"]);

/**
 * "X said the government would defend itself and called on Y": a trigger coordinated ("and")
 * with the speech verb of its own agent is outside what was said, so the reported clause in
 * between ("the government would ...") says nothing about it. The token range of that clause,
 * as [from, to), or an empty range.
 */
function reportedBetween(
  a: Arguments,
  from: number,
  ts: number,
  vp: VerbPatterns,
): [number, number] {
  const tokens = a.s.tokens;
  let and = ts - 1;
  while (and > from && COORDINATED_ADVERBS.has(tokens[and]?.lower ?? "")) and--;
  if (tokens[and]?.lower !== "and") return [0, 0];
  for (let v = from; v < and; v++) {
    if (a.at[v] || inParenthesis(a, v, ts)) continue;
    const w = tokens[v]?.lower ?? "";
    if (vp.speechVerbs.has(w) && !/ing$/.test(w)) return [v + 1, and];
  }
  return [0, 0];
}

const MONTH_BEFORE = new Set([
  "in",
  "since",
  "until",
  "of",
  "early",
  "late",
  "mid",
  "last",
  "next",
  "this",
  "by",
  "from",
  "during",
]);

/** A declaration of support is support: "X said (that) Y would back Z", Y right after the speech verb. */
function reportedAgent(a: Arguments, f: Found): boolean {
  const agent = f.agents[0];
  if (!agent) return false;
  const tokens = a.s.tokens;
  let k = agent.ti - 1;
  if (tokens[k]?.lower === "that") k--;
  // "would back X if it were attacked": a condition keeps it hypothetical.
  if (tokens.slice(agent.tj).some((t) => t.lower === "if" || t.lower === "unless")) return false;
  return a.vp.speechVerbs.has(tokens[k]?.lower ?? "") && !a.at[k];
}

/** What a person attacks with words: a decision, a policy, a plan ("X's spending target"). */
const POSITION_NOUNS = new Set([
  "decision",
  "decisions",
  "policy",
  "policies",
  "plan",
  "plans",
  "target",
  "targets",
  "proposal",
  "proposals",
  "remarks",
  "comments",
  "stance",
  "position",
  "record",
  "budget",
  "spending",
  "strategy",
  "approach",
  "handling",
  "response",
  "claims",
  "statement",
  "rhetoric",
  "leadership",
]);

function aPosition(tokens: readonly Token[], k: number): boolean {
  let j = tokens[k]?.text === "'s" || tokens[k]?.text === "’s" ? k + 1 : k;
  for (let n = 0; n < 3 && j < tokens.length; n++, j++) {
    const t = tokens[j] as Token;
    if (POSITION_NOUNS.has(t.lower)) return true;
    if (!t.isWord || t.cap) return false;
  }
  return false;
}

/** "in May", "on 9 May", "May 2024": the month, not the modal verb. */
function isMonth(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.lower !== "may") return false;
  const prev = tokens[k - 1];
  return (
    (t.cap && k > 0) ||
    MONTH_BEFORE.has(prev?.lower ?? "") ||
    /^\d/.test(prev?.text ?? "") ||
    /^\d/.test(tokens[k + 1]?.text ?? "")
  );
}

/**
 * "called on Washington to impose sanctions", "a request from Germany to supply ammunition":
 * a trigger in an infinitive governed by an asking word just before its agent is no fact.
 */
function requested(a: Arguments, f: Found, ts: number, vp: VerbPatterns): boolean {
  const tokens = a.s.tokens;
  const agents = f.agents.filter((m) => m.ti < ts);
  if (agents.length === 0) return false;
  const agent = agents.reduce((x, y) => (y.ti < x.ti ? y : x));
  const last = agents.reduce((x, y) => (y.tj > x.tj ? y : x));
  // The infinitive's "to" stands between the agent and the trigger ("to impose new sanctions on").
  let to = -1;
  for (let k = ts - 1; k >= last.tj && k >= ts - 5; k--)
    if (tokens[k]?.lower === "to" && tokens[k + 1]?.isWord && !a.at[k + 1]) to = k;
  if (to < 0) return false;
  for (let k = agent.ti - 1; k >= 0 && k >= agent.ti - 3; k--) {
    if (isBoundary(a, k) || tokens[k]?.text === ",") break;
    if (vp.requests.has(tokens[k]?.lower ?? "")) return true;
  }
  return false;
}

/** A cue word hedged just before it ("oil and possibly missile technology") does not count. */
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her"]);
const AGREEING = new Set(["agreed", "agree", "agrees", "reached", "struck"]);
const HELP_NOUNS = new Set(["backing", "support", "help", "assistance", "aid"]);

/** "with [the] backing from|of", "with help from": the words from..to name a helper. */
function helpedBy(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (tokens[k]?.lower !== "with") continue;
    const n = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    if (
      HELP_NOUNS.has(tokens[n]?.lower ?? "") &&
      ["from", "of"].includes(tokens[n + 1]?.lower ?? "")
    )
      return true;
  }
  return false;
}

/**
 * A noun trigger's phrase as the object of a hypothetical or negated verb ("which would restore
 * UN sanctions on Iran", "did not lift US sanctions") states no fact: 0, else 1.
 */
function governingModality(a: Arguments, f: Found, ts: number, vp: VerbPatterns): number {
  const tokens = a.s.tokens;
  const start = Math.min(ts, ...f.agents.filter((m) => m.ti < ts).map((m) => m.ti));
  for (let k = start - 1; k >= 0 && k >= start - 3; k--) {
    if (isBoundary(a, k) || tokens[k]?.text === ",") break;
    if (
      isNegation(tokens, k, vp) ||
      (vp.hypothetical.has(tokens[k]?.lower ?? "") && !isMonth(tokens, k))
    )
      return 0;
  }
  return 1;
}

function hasCue(a: Arguments, ts: number, te: number, trig: Trigger): boolean {
  if (!trig.cue) return true;
  const tokens = a.s.tokens;
  const hedged = (k: number): boolean =>
    [1, 2, 3, 4].some((d) => k - d > te - 1 && a.vp.hypothetical.has(tokens[k - d]?.lower ?? ""));
  // "called X's seizure of Y “an infringement on ... and a clearly illegal act”": a quotation
  // opened within the window is read to its close.
  let end = Math.min(tokens.length, te + 12);
  for (let k = te; k < end; k++) {
    const t = tokens[k]?.text ?? "";
    if (t !== "“" && t !== '"') continue;
    let close = k + 1;
    while (close < tokens.length && close - k <= 40 && !/^[”"]$/.test(tokens[close]?.text ?? ""))
      close++;
    if (close < tokens.length && close - k <= 40) end = Math.max(end, close);
    break;
  }
  for (let k = Math.max(0, ts - 6); k < end; k++)
    if (trig.cue.has(tokens[k]?.lower ?? "") && !hedged(k)) return true;
  return false;
}

interface Found {
  agents: Mention[];
  targets: Mention[];
  /** Token range whose words are checked for negation and modality. */
  scopeFrom: number;
  /** "between X and Y": two sides, each acting on the other (a group side pairs across only). */
  between?: boolean;
}

/**
 * The two sides of "between X and Y" from token `from`: a coordinated list ("X, Y and Z", every
 * member a side of its own), or X and the actor after the first "and" that X's own words
 * ("the army (SAF) under General Z") leave before the next boundary. Null without two sides.
 */
function betweenSides(a: Arguments, from: number): [Mention[], Mention[]] | null {
  const tokens = a.s.tokens;
  const first = searchRight(a, from, "agent", 3);
  if (!first) return null;
  const group = coordinated(a, first, "agent", 1);
  if (group.length >= 2) {
    // "between Qatar and the four boycotting countries": the named side against the group.
    const last = group[group.length - 1] as Mention;
    if (group.length === 2 && (first.group || last.group)) return [[first], [last]];
    return [group, []];
  }
  let depth = 0;
  for (let k = first.tj; k < tokens.length && k - first.tj <= 25; k++) {
    const t = tokens[k] as Token;
    if (t.text === "(") depth++;
    else if (t.text === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (GAP_STOPS.has(t.text) || isBoundary(a, k))) return null;
    else if (depth === 0 && t.lower === "and") {
      const second = searchRight(a, k + 1, "agent", 4);
      return second && second.id !== first.id ? [[first], [second]] : null;
    }
  }
  return null;
}

function frameArguments(a: Arguments, trig: Trigger, ts: number, te: number): Found | null {
  const tokens = a.s.tokens;
  const targetSlot =
    trig.type === "VISITED" || trig.type === "OCCUPIES"
      ? "place"
      : trig.type === "AIDS"
        ? "recipient"
        : "target";
  switch (trig.frame) {
    case "active": {
      // "a visit", "his support", "overwhelming support": the word is a noun here.
      const prev = tokens[ts - 1];
      if (
        prev &&
        (DETERMINERS.has(prev.lower) ||
          prev.text === "'s" ||
          prev.text === "’s" ||
          (!prev.cap &&
            ADJECTIVE.test(compromiseLexicon[prev.lower] ?? "") &&
            (/ing$/.test(prev.lower) || DETERMINERS.has(tokens[ts - 2]?.lower ?? ""))))
      )
        return null;
      if (PARTICLES.has(tokens[te]?.lower ?? "") && trig.words.length === 1) return null;
      // "Houthi attacks on shipping", "Russian strikes": a demonym's word ending in -s is a noun.
      if (
        trig.words.length === 1 &&
        /s$/.test(tokens[ts]?.lower ?? "") &&
        a.at[ts - 1]?.via === "demonym"
      )
        return null;
      // "a list of 13 demands", "two attacks": a number before the word makes it a noun (not
      // the last word of a name: "the Group of Seven condemned").
      if (
        prev &&
        !a.at[ts - 1] &&
        /^\d[\d,.]*$|^(two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|several|many)$/.test(
          prev.lower,
        )
      )
        return null;
      // "continue to face sanctions", "lifted sanctions": the object of such a verb is a noun.
      if (trig.words.length === 1 && NOUN_TAKING_VERBS.has(prev?.lower ?? "")) return null;
      // "with support from Australia", "the supply of": a word "from" or "of" follows is a noun.
      if (trig.words.length === 1 && (tokens[te]?.lower === "from" || tokens[te]?.lower === "of"))
        return null;
      // "new sanctions imposed by the EU": a word a participle with "by" follows is a noun.
      if (
        trig.words.length === 1 &&
        tokens[te + 1]?.lower === "by" &&
        /ed$/.test(tokens[te]?.lower ?? "")
      )
        return null;
      const participle = tokens[ts - 1]?.text === "," && /ing$/.test(trig.words[0] ?? "");
      const opening = ts < a.introComma && /ing$/.test(trig.words[0] ?? "");
      // "X flew to Ankara for talks with Y", "flying to Paris to meet Y", "before travelling on
      // to Israel": the traveller, not the place, meets Y or arrives.
      const purpose =
        (trig.type === "MET_WITH" &&
          (tokens[ts - 1]?.lower === "for" ||
            (tokens[ts - 1]?.lower === "to" && travelledBefore(a, ts)))) ||
        (trig.type === "VISITED" && TRAVEL_CONNECTIVES.has(tokens[ts - 1]?.lower ?? ""))
          ? travellerOf(a, ts)
          : null;
      const agent = purpose
        ? purpose
        : participle
          ? clauseSubject(a, ts - 1, "agent")
          : opening
            ? (searchLeft(a, ts, "agent") ?? mainSubject(a, "agent"))
            : (sharedSubject(a, ts, "agent") ?? leftSubject(a, ts, "agent"));
      // "raised tariffs on Chinese steel": a measure on a country's goods is on the country.
      // "called on the international community to lift sanctions on X": who is called on comes
      // before the infinitive.
      const infinitive = tokens.findIndex((t, k) => k >= te && t.lower === "to");
      const reach = trig.type === "CALLS_ON" && infinitive >= 0 ? Math.min(9, infinitive - te) : 9;
      const target =
        // "recognised Moroccan sovereignty", "sent troops to the Colombian border": the demonym
        // owns what the cue word names.
        cueOwner(a, trig, tokens[te]?.lower === "the" ? te + 1 : te) ??
        searchRight(a, te, targetSlot, trig.direct ? Math.min(3, reach) : reach) ??
        (trig.type === "SANCTIONS" ? searchRight(a, te, targetSlot, 4, true) : null) ??
        (trig.type === "ATTACKS" ? struckCountry(a, te) : null) ??
        (agent && clauseEndsAt(tokens, te) ? relativeObject(a, agent) : null);
      if (!agent || !target) return null;
      // "Qatar hosted militants backed by Iran", "a coup backed by the CIA": who acts "by" a
      // participle is that participle's agent, not the verb's object (a meeting's sides are one:
      // "was received by X", "signed it at a ceremony hosted by X"); but "condemned sanctions
      // imposed by the EU" condemns the EU.
      const by = tokens[target.ti - 1]?.lower === "the" ? target.ti - 2 : target.ti - 1;
      if (
        tokens[by]?.lower === "by" &&
        /ed$/.test(tokens[by - 1]?.lower ?? "") &&
        (by - 1 >= te
          ? !BY_AGENT_TARGETS.has(trig.type) &&
            !(trig.type === "MET_WITH" && HOSTING.has(tokens[by - 1]?.lower ?? ""))
          : !RELATION_TYPES[trig.type].symmetric)
      )
        return null;
      // "most of which were shot down by Israel": an active phrase made passive by its auxiliary,
      // its agent after "by" at once, is not the subject's deed ("was received by X" still
      // meets X: a meeting has no direction).
      if (
        tokens[by]?.lower === "by" &&
        by === te &&
        PASSIVE_AUXILIARIES.has(tokens[ts - 1]?.lower ?? "") &&
        !RELATION_TYPES[trig.type].symmetric
      )
        return null;
      // "sent jets to bomb Cambodian positions": what is sent to do something is no delivery.
      if (
        (trig.type === "SUPPLIES_ARMS_TO" || trig.type === "AIDS") &&
        infinitiveBetween(a, te, target.ti)
      )
        return null;
      // "fought on with backing from Y": who helps the subject is not the verb's object.
      if (trig.type !== "SUPPORTS" && helpedBy(tokens, te, target.ti)) return null;
      // "demanded X's immediate release", "demanded the release of X": X is freed, not asked.
      if (trig.type === "CALLS_ON" && released(tokens, te, target)) return null;
      if (trig.type === "MET_WITH" && metNoOne(tokens, te)) return null;
      // "X hosted talks between Y and Z", "X met for talks with Y": the noun names the meeting.
      if (
        trig.type === "MET_WITH" &&
        tokens.slice(te, target.ti).some((t) => MEETING_NOUNS.has(t.lower))
      )
        return null;
      const targets = coordinated(a, target, targetSlot, 1);
      return {
        agents: coordinated(a, agent, "agent", -1),
        targets: [...targets, ...includedAfter(a, targets, targetSlot)],
        scopeFrom: agent.tj,
      };
    }
    case "passive": {
      // "hosted militants backed by Iran": a participle right after a noun no name qualifies
      // describes that noun ("Houthi rebels backed by Iran" are the Houthis); not a noun's frame
      // ("fought on with backing from Uganda").
      const before = tokens[ts - 1];
      if (
        /(?:ed|en)$|^led$/.test(tokens[ts]?.lower ?? "") &&
        before?.isWord &&
        !before.cap &&
        !a.at[ts - 1] &&
        !a.at[ts - 2] &&
        !PASSIVE_LINKS.has(before.lower) &&
        !/ly$/.test(before.lower) &&
        // "signed it at a ceremony hosted by X": the host meets those who signed.
        !(trig.type === "MET_WITH" && HOSTING.has(tokens[ts]?.lower ?? ""))
      )
        return null;
      // "Israel fought Hamas, led by X,": a participle after a name and a comma describes the
      // name (no verb shared with the clause's subject: that would need "was").
      const described =
        tokens[ts - 1]?.text === "," && a.at[ts - 2] ? searchLeft(a, ts - 1, "target", 1) : null;
      const left = searchLeft(a, ts, "target");
      const target =
        described ??
        sharedSubject(a, ts, "target") ??
        (left && !objectOfRelative(a, left) ? left : null) ??
        whoseOwner(a, ts);
      const agent = searchRight(a, te, "agent");
      if (!agent || !target) return null;
      return {
        agents: coordinated(a, agent, "agent", 1),
        targets: coordinated(a, target, "target", -1),
        scopeFrom: target.tj,
      };
    }
    case "mutual": {
      // "talks between X and Y", "fighting erupted in Khartoum between X (...) and Y".
      const between =
        tokens[te]?.lower === "between"
          ? te + 1
          : trig.words[trig.words.length - 1] === "between"
            ? te
            : -1;
      if (between >= 0) {
        const sides = betweenSides(a, between);
        return sides ? { agents: sides[0], targets: sides[1], scopeFrom: ts, between: true } : null;
      }
      // "X and Y discussed the war": only "war between X and Y" makes a one-way type mutual.
      if (!RELATION_TYPES[trig.type].symmetric) return null;
      if (trig.type === "MET_WITH" && metNoOne(tokens, te)) return null;
      const last = searchLeft(a, ts, "agent", 10);
      const group = last ? coordinated(a, last, "agent", -1) : [];
      // "where the borders of X, Y and Z meet": what the names own meets, not they.
      const head = group[0];
      if (
        head &&
        tokens[head.ti - 1]?.lower === "of" &&
        THINGS_THAT_MEET.has(tokens[head.ti - 2]?.lower ?? "")
      )
        return null;
      // "They agreed to ...": who agrees is too loose for a plural pronoun to name.
      if (AGREEING.has(trig.words[0] ?? "") && group.some((m) => m.via === "pronoun")) return null;
      const size = group.reduce((n, m) => n + (m.group?.length ?? 1), 0);
      return size >= 2 && last ? { agents: group, targets: [], scopeFrom: last.tj } : null;
    }
    case "noun": {
      // "sanctions imposed by the EU on Iran": the agent follows "by", the target after it.
      const by =
        tokens[te]?.lower === "by"
          ? te
          : tokens[te + 1]?.lower === "by" && /ed$/.test(tokens[te]?.lower ?? "")
            ? te + 1
            : -1;
      if (by >= 0) {
        const agent = searchRight(a, by + 1, "agent", 4);
        const target = agent ? searchRight(a, agent.tj, targetSlot, 6) : null;
        return agent && target
          ? {
              agents: coordinated(a, agent, "agent", 1),
              targets: coordinated(a, target, targetSlot, 1),
              scopeFrom: ts,
            }
          : null;
      }
      // "the Security Council's sanctions committee", "sanctions relief": the noun names a
      // body or a topic, not the measure taken.
      if (trig.words.length === 1 && ATTRIBUTIVE_HEADS.has(tokens[te]?.lower ?? "")) return null;
      const owner =
        trig.owned && POSSESSIVE_PRONOUNS.has(tokens[ts - 1]?.lower ?? "")
          ? null
          : ownerOf(a, ts, "agent");
      // "the sanctions would not stop Iranian airlines": a verb after the noun ends its phrase.
      let reach = 6;
      for (let k = te; k < te + 6; k++)
        if (
          NOUN_PHRASE_ENDS.has(tokens[k]?.lower ?? "") ||
          a.vp.negation.has(tokens[k]?.lower ?? "")
        )
          reach = Math.min(reach, k - te);
      let first = reach > 0 ? searchRight(a, te, targetSlot, reach) : null;
      // "sanctions and isolation from the West": who the noun comes from is no target.
      const before = first
        ? tokens[first.ti - 1]?.lower === "the"
          ? first.ti - 2
          : first.ti - 1
        : -1;
      if (first && tokens[before]?.lower === "from" && trig.words[trig.words.length - 1] !== "from")
        first = null;
      const targets = first ? coordinated(a, first, targetSlot, 1) : [];
      if (trig.type === "VISITED")
        targets.push(...itineraryAfter(a, targets[targets.length - 1]?.tj ?? te));
      // "The United States and the EU have kept sanctions on X": every name of the owner.
      if (owner)
        return targets.length
          ? { agents: coordinated(a, owner, "agent", -1), targets, scopeFrom: owner.tj }
          : null;
      if (RELATION_TYPES[trig.type].symmetric && targets.length >= 2)
        return { agents: targets, targets: [], scopeFrom: ts };
      // "its war in Ukraine" may be anyone's: the owner must be named.
      if (trig.owned) return null;
      // "Osmani called it an attack on Kosovo": the subject names the deed, it does not do it.
      if (characterised(tokens, ts)) return null;
      // "In a phone call with Trump, King Salman said": the call in the opening phrase is the main subject's.
      const intro = trig.type === "MET_WITH" && ts < a.introComma ? mainSubject(a, "agent") : null;
      const subject =
        clauseSubject(a, ts, "agent") ??
        intro ??
        (trig.type === "MET_WITH"
          ? searchRight(a, (targets[targets.length - 1]?.tj ?? te) + 1, "agent", 12)
          : null);
      if (!subject || !targets.length) return null;
      // "X and Y flew to Z for a summit with W": every name of the subject takes part.
      const agents =
        subject.ti < ts
          ? coordinated(a, subject, "agent", 1).filter((m) => m.tj <= ts && !targets.includes(m))
          : [subject];
      return {
        agents,
        targets,
        scopeFrom: subject.ti < ts ? (agents[agents.length - 1] ?? subject).tj : ts,
      };
    }
    case "compound": {
      const agent = tokens[ts - 1]?.text === "-" ? a.at[ts - 2] : undefined;
      if (!agent || !actorOf(a, agent, "agent", true)) return null;
      let target = searchRight(a, te, "target", 4);
      if (!target && tokens[ts - 3]?.lower === "the" && tokens[ts - 4]?.text === ",")
        target = a.at[ts - 5] ?? null;
      return target ? { agents: [agent], targets: [target], scopeFrom: ts } : null;
    }
    case "face": {
      const facing = [1, 2, 3, 4, 5]
        .map((d) => ts - d)
        .find((k) => /^fac(e|es|ed|ing)$/.test(tokens[k]?.lower ?? ""));
      if (facing === undefined) return null;
      const agent = searchRight(a, te, "agent", 4);
      let target = searchLeft(a, facing, "target", 8);
      if (!target) {
        const comma = tokens.findIndex((t, k) => k > te && t.text === ",");
        target = comma > 0 ? searchRight(a, comma + 1, "target", 3) : null;
      }
      if (!agent || !target) return null;
      return { agents: [agent], targets: coordinated(a, target, "target", 1), scopeFrom: facing };
    }
  }
}

/**
 * "the UAE, whose ports were struck by Houthi drones": the owner a "whose" clause is about.
 */
function whoseOwner(a: Arguments, ts: number): Mention | null {
  const tokens = a.s.tokens;
  for (let k = ts - 1; k >= 1 && k >= ts - 6; k--) {
    if (tokens[k]?.lower !== "whose") continue;
    const m = tokens[k - 1]?.text === "," ? a.at[k - 2] : undefined;
    return m && actorOf(a, m, "target") ? m : null;
  }
  return null;
}

/**
 * The person whose trip a purpose phrase ("for talks with") ends: the first person of the
 * clause, or the one a relative clause ("X, who flew to Ankara for talks with Y") is about.
 */
function travellerOf(a: Arguments, ts: number): Mention | null {
  const start = clauseStart(a, ts);
  for (let k = start; k < ts; k++) {
    const m = a.at[k];
    if (m?.kind === "Person") return m;
  }
  const who = [start, start - 1].find((k) => a.s.tokens[k]?.lower === "who");
  if (who === undefined) return null;
  const before = a.s.tokens[who - 1]?.text === "," ? who - 1 : who;
  const m = searchLeft(a, before, "agent", 6);
  return m?.kind === "Person" ? m : null;
}

const TRAVEL_CONNECTIVES = new Set(["before", "after", "while", "then"]);

/** "flying to Paris to meet": a travel trigger (VISITED) shortly before the purpose "to". */
function travelledBefore(a: Arguments, ts: number): boolean {
  const tokens = a.s.tokens;
  for (let k = ts - 2; k >= 0 && k >= ts - 8; k--) {
    if (isBoundary(a, k) || tokens[k]?.text === ",") return false;
    if (
      (a.vp.byFirst.get(tokens[k]?.lower ?? "") ?? []).some(
        (t) => t.type === "VISITED" && t.frame === "active",
      )
    )
      return true;
  }
  return false;
}

const NOUN_TAKING_VERBS = new Set([
  "face",
  "faces",
  "faced",
  "facing",
  "impose",
  "imposes",
  "imposed",
  "imposing",
  "lift",
  "lifts",
  "lifted",
  "lifting",
  "ease",
  "eased",
  "easing",
  "evade",
  "evaded",
  "evading",
  "escape",
  "escaped",
  "avoid",
  "avoided",
  "tighten",
  "tightened",
  "extend",
  "extended",
  "renew",
  "renewed",
  "announce",
  "announced",
  "introduce",
  "introduced",
  "end",
  "ended",
]);
const ATTRIBUTIVE_HEADS = new Set([
  "committee",
  "committees",
  "panel",
  "regime",
  "relief",
  "waiver",
  "waivers",
  "exemption",
  "exemptions",
  "evasion",
  "experts",
  "monitors",
  "list",
]);
const NOUN_PHRASE_ENDS = new Set([
  "is",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "would",
  "will",
  "could",
  "can",
  "may",
  "might",
  "should",
  "must",
  "did",
  "does",
  "do",
]);
const MEETING_NOUNS = new Set([
  "talks",
  "meeting",
  "meetings",
  "summit",
  "negotiations",
  "consultations",
  "discussions",
  "conference",
]);
const TOOK = new Set([
  "took",
  "takes",
  "taking",
  "brought",
  "brings",
  "bringing",
  "led",
  "leads",
  "leading",
]);
const ITS_TRAVELLER = new Set(["him", "her", "them", "it"]);

/**
 * "his tour of the region, which took him to Israel and Saudi Arabia": the places a trip
 * noun's relative clause lists are visited too.
 */
function itineraryAfter(a: Arguments, from: number): Mention[] {
  const tokens = a.s.tokens;
  let k = from;
  if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.lower !== "which" && tokens[k]?.lower !== "that") return [];
  if (!TOOK.has(tokens[k + 1]?.lower ?? "")) return [];
  k += 2;
  if (ITS_TRAVELLER.has(tokens[k]?.lower ?? "")) k++;
  if (tokens[k]?.lower !== "to") return [];
  const first = a.at[k + 1];
  return first && actorOf(a, first, "place") ? coordinated(a, first, "place", 1) : [];
}

/**
 * "called it a very good meeting and thanked X": a one-word -ing trigger after a determiner
 * (adjectives may stand between) is a noun, and the verb frame does not apply.
 */
function gerundAsNoun(tokens: readonly Token[], i: number, trig: Trigger): boolean {
  if (trig.words.length !== 1 || !trig.words[0]?.endsWith("ing")) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = tokens[k] as Token;
    if (DETERMINERS.has(t.lower)) return true;
    // "the council accusing X": a noun between means the -ing word is a verb after all.
    if (!t.isWord || t.cap || !isModifier(t)) return false;
  }
  return false;
}

/** An adjective or adverb ("very", "good", "productive", "first"). */
const isModifier = (t: Token): boolean =>
  /Adjective|Adverb|Ordinal|Comparable|Superlative/.test(compromiseLexicon[t.lower] ?? "") ||
  /(?:ive|ful|al|ous|ic|able|ible)$/.test(t.lower);

export function relateSentence(
  s: AnalysedSentence,
  vp: VerbPatterns,
  lexicon: Lexicon,
): SentenceRelation[] {
  const a = argumentsOf(s, vp, lexicon);
  const out: SentenceRelation[] = [];
  const tokens = s.tokens;
  const used = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.isWord || a.at[i] || used.has(i)) continue;
    for (const trig of vp.byFirst.get(t.lower) ?? []) {
      if (trig.frame === "compound" && tokens[i - 1]?.text !== "-") continue;
      if (trig.frame === "active" && gerundAsNoun(tokens, i, trig)) continue;
      const te = matchWords(tokens, i, trig.words, a.at);
      if (te < 0 || !hasCue(a, i, te, trig)) continue;
      const found = withJoiner(a, frameArguments(a, trig, i, te), i);
      if (!found) continue;
      // "X and Y held talks with Australian ministers, Z said": the side after "with" names
      // nobody; the two on the other side did not meet each other, nor anyone named later.
      if (trig.type === "MET_WITH" && withNobody(tokens, a.at, te)) continue;
      // "X welcomed Y" is a meeting; "X welcomed Y's decision" is backing (pattern `object`),
      // and so is "the Ukrainian decision": a demonym owns the noun it qualifies.
      if (trig.object === "asked" && trig.frame === "active") {
        // "told Israel to halt": the object is asked to act; "told Reuters that" is no request.
        const asked = found.targets.some(
          (m) =>
            tokens[m.tj]?.lower === "to" && !!tokens[m.tj + 1]?.isWord && !tokens[m.tj + 1]?.cap,
        );
        if (!asked) continue;
      } else if (trig.object && trig.frame === "active") {
        const owner = found.targets.some(
          (m) =>
            isPossessive(tokens[m.tj]) ||
            (m.via === "demonym" && !!tokens[m.tj]?.isWord) ||
            attributive(tokens, m),
        );
        if ((trig.object === "owner") !== owner) continue;
      }
      const factor =
        modality(
          a,
          found.scopeFrom,
          i,
          te,
          trig,
          vp,
          (trig.type === "SUPPORTS" || trig.type === "COOPERATES_WITH") && reportedAgent(a, found),
        ) * (trig.frame === "noun" ? governingModality(a, found, i, vp) : 1);
      if (factor === 0 || requested(a, found, i, vp)) break;
      // "phoned X and Y": one call each, not a conference of the three.
      const separate =
        trig.type === "MET_WITH" && (trig.mode === "phone" || separateMeetings(a, found, i));
      const pairs = pairsOf(
        trig.type,
        { ...found, agents: expandGroups(found.agents), targets: expandGroups(found.targets) },
        a,
        separate,
      );
      const multi =
        !separate &&
        trig.type === "MET_WITH" &&
        new Set([...found.agents, ...found.targets].map((m) => m.id)).size >= 3;
      // Whether the deed was done by phone: asked once per trigger, and only for two persons.
      let phone: boolean | undefined;
      for (const [x, y] of pairs) {
        const conf = (0.8 * factor * Math.min(x.confidence, y.confidence)) / 0.95;
        const from = actorOf(a, x, "agent", true) ?? x.id;
        const to =
          (trig.type === "VISITED" || (trig.type === "OCCUPIES" && y.kind === "Location")
            ? actorOf(a, y, "place")
            : actorOf(a, y, "target", true, y.ti === te)) ?? y.id;
        if (from === to || (trig.type === "VISITED" && x.kind !== "Person")) continue;
        // Only a body named right before "led by" (or right after "chairs") is led or chaired:
        // not "Ukraine's delegation was led by X", nor "led the talks with Y".
        // "X, who ruled Gabon": only a person rules, and what is ruled is a country.
        const ruled = RULING.has(trig.words[0] ?? "");
        if (
          (trig.type === "LEADS" || trig.type === "HOLDS_ROLE") &&
          (ruled
            ? x.kind !== "Person" || y.kind !== "Country"
            : y.kind !== "Organisation" || x.kind === "Location" || !besideTrigger(a, y, i))
        )
          continue;
        // Only an organisation has members ("joined NATO", not "joined Russia in condemning").
        if (trig.type === "MEMBER_OF" && (y.kind !== "Organisation" || x.kind === "Person"))
          continue;
        // "condemned a violation of Iran's sovereignty": the owner of what was violated is the
        // victim, not the one criticised or called on.
        if (VERBAL_TYPES.has(trig.type) && victimOwner(tokens, y)) continue;
        // "retook Tripoli's airport", "seized Iran's tanker": what is taken is the owned thing.
        if (
          trig.type === "OCCUPIES" &&
          (tokens[y.tj]?.text === "'s" || tokens[y.tj]?.text === "’s")
        )
          continue;
        if (RELATION_TYPES[trig.type].symmetric && (x.kind === "Person") !== (y.kind === "Person"))
          continue;
        // "Lula attacks NATO's spending target": a verbal attack on a position is criticism.
        // "has spent years attacking Macron over migration": one person attacking another in
        // words; "attack" is the verb, not "struck" or "shelled". Two persons who "clashed"
        // argued.
        const type =
          trig.type === "ATTACKS" &&
          trig.frame === "active" &&
          x.kind === "Person" &&
          (aPosition(tokens, y.tj) ||
            (y.kind === "Person" && /^(attack|clash)/.test(trig.words[0] ?? "")))
            ? "CRITICIZES"
            : trig.type;
        out.push({
          from,
          type,
          to,
          confidence: Math.round(conf * 100) / 100,
          mode: trig.type === "MET_WITH" ? (multi ? "multilateral" : trig.mode) : null,
          at: i,
          ...(trig.abroad && { abroad: true }),
        });
        // Two people signing a treaty together, or one with the other, met to sign it.
        if (
          trig.type === "COOPERATES_WITH" &&
          /^sign/.test(trig.words[0] ?? "") &&
          x.kind === "Person" &&
          y.kind === "Person"
        )
          out.push({
            from,
            type: "MET_WITH",
            to,
            confidence: Math.round(conf * 100) / 100,
            mode: "in_person",
            at: i,
          });
        // "congratulated X by telephone", "urged Y in a phone call": the call is a meeting too.
        if (
          x.kind === "Person" &&
          y.kind === "Person" &&
          (phone ??=
            trig.frame === "active" &&
            trig.type !== "MET_WITH" &&
            byPhone(tokens, Math.max(te, ...found.targets.map((m) => m.tj))))
        )
          out.push({
            from,
            type: "MET_WITH",
            to,
            confidence: Math.round(conf * 100) / 100,
            mode: "phone",
            at: i,
          });
      }
      for (let k = i; k < te; k++) used.add(k);
      break;
    }
  }
  out.push(...arrivalsWhere(a));
  for (const x of a.appositions) {
    const from = actorOf(a, x.head, "agent", true) ?? x.head.id;
    const to = actorOf(a, x.other, "target", true) ?? x.other.id;
    if (
      from === to ||
      (RELATION_TYPES[x.type].symmetric &&
        (x.head.kind === "Person") !== (x.other.kind === "Person"))
    )
      continue;
    out.push({
      from,
      type: x.type,
      to,
      confidence:
        Math.round(((0.7 * Math.min(x.head.confidence, x.other.confidence)) / 0.95) * 100) / 100,
      mode: null,
      at: x.open,
    });
  }
  return out;
}

/** Nouns after "the" and a country that name its people, not something it did. */
const PEOPLE_NOUNS = new Set([
  "delegation",
  "delegations",
  "delegates",
  "team",
  "envoy",
  "envoys",
  "officials",
  "ambassador",
  "minister",
  "ministers",
  "president",
  "leader",
  "leaders",
  "troops",
  "forces",
]);

/** "welcomed the US recognition of ...": a country before a noun, after "the", owns the noun. */
function attributive(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.tj]?.text ?? "";
  return (
    m.kind === "Country" &&
    tokens[m.ti - 1]?.lower === "the" &&
    /^[a-z]+$/.test(next) &&
    !PEOPLE_NOUNS.has(next)
  );
}

/** The demonym at token k when the trigger's cue word follows it, else null. */
function cueOwner(a: Arguments, trig: Trigger, k: number): Mention | null {
  const m = a.at[k];
  return trig.cue &&
    m?.via === "demonym" &&
    m.ti === k &&
    trig.cue.has(a.s.tokens[m.tj]?.lower ?? "")
    ? m
    : null;
}

const PASSIVE_AUXILIARIES = new Set(["was", "were", "been", "being", "is", "are", "be"]);

const JOINED = new Set(["joined", "joins", "join", "joining"]);

/**
 * "joined King Salman in denouncing Iran": whoever joined the agent in a deed does it too. The
 * agents of a trigger right after "in" that follows them, and the subject of the "joined" before
 * them, when there is one.
 */
function withJoiner(a: Arguments, found: Found | null, ts: number): Found | null {
  const tokens = a.s.tokens;
  const first = found?.agents[0];
  const last = found?.agents[found.agents.length - 1];
  if (!found || !first || !last || tokens[ts - 1]?.lower !== "in" || last.tj !== ts - 1)
    return found;
  const v = tokens[first.ti - 1]?.lower === "the" ? first.ti - 2 : first.ti - 1;
  if (!JOINED.has(tokens[v]?.lower ?? "")) return found;
  const joiner = leftSubject(a, v, "agent");
  return joiner && !found.agents.some((m) => m.id === joiner.id)
    ? { ...found, agents: [...found.agents, joiner] }
    : found;
}

const PHONE_NOUNS = new Set(["phone", "telephone", "video"]);

/** "by phone", "over the telephone", "in a phone call" after token `from`, within the clause. */
function byPhone(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 14; k++) {
    const t = tokens[k] as Token;
    if ((GAP_STOPS.has(t.text) && t.text !== ",") || t.lower === "and") return false;
    if (!PHONE_NOUNS.has(t.lower)) continue;
    // "spoke by phone with Z": the call was with someone else.
    const partner = ["with", "to"].includes(
      tokens[k + (tokens[k + 1]?.lower === "call" ? 2 : 1)]?.lower ?? "",
    );
    if (partner) return false;
    const before = tokens[k - 1]?.lower ?? "";
    if (before === "by" || (before === "the" && tokens[k - 2]?.lower === "over")) return true;
    if (tokens[k + 1]?.lower === "call" && ["a", "in"].includes(before)) return true;
  }
  return false;
}

/** "to" and a verb in tokens [from, to): "to bomb", "to patrol" (not "to the", "to its"). */
function infinitiveBetween(a: Arguments, from: number, to: number): boolean {
  const tokens = a.s.tokens;
  for (let k = from; k < to - 1; k++) {
    const next = tokens[k + 1] as Token;
    if (tokens[k]?.lower !== "to" || !next.isWord || next.cap || a.at[k + 1]) continue;
    if (
      !DETERMINERS.has(next.lower) &&
      !/^\d/.test(next.text) &&
      !QUANTIFIERS.has(next.lower) &&
      !HELPING_VERBS.has(next.lower)
    )
      return true;
  }
  return false;
}

const QUANTIFIERS = new Set(["both", "all", "some", "several", "many", "these", "those", "each"]);
/** "sent drones to help Russia": a delivery for the one helped. */
const HELPING_VERBS = new Set([
  "help",
  "support",
  "assist",
  "aid",
  "bolster",
  "arm",
  "equip",
  "supply",
]);

/**
 * "sanctions on hundreds of officials, including Vice President X": the names after ", including"
 * that closes the object's phrase are objects too.
 */
function includedAfter(a: Arguments, targets: Mention[], slot: Slot): Mention[] {
  const tokens = a.s.tokens;
  const last = targets[targets.length - 1];
  if (!last) return [];
  for (let k = last.tj; k < tokens.length && k < last.tj + 12; k++) {
    if (
      isBoundary(a, k) ||
      a.at[k] ||
      (GAP_STOPS.has(tokens[k]?.text ?? "") && tokens[k]?.text !== ",")
    )
      return [];
    if (tokens[k]?.text !== "," || tokens[k + 1]?.lower !== "including") continue;
    const first = searchRight(a, k + 2, slot, 4);
    return first ? coordinated(a, first, slot, 1) : [];
  }
  return [];
}

const ARRIVALS = new Set(["arrived", "landed", "arrives", "lands"]);

/**
 * "signed the document in Bishkek, where Rahmon arrived on Thursday": a person arriving in a
 * relative clause on a place visits it.
 */
function arrivalsWhere(a: Arguments): SentenceRelation[] {
  const tokens = a.s.tokens;
  const out: SentenceRelation[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.lower !== "where") continue;
    const comma = tokens[k - 1]?.text === "," ? k - 1 : k;
    const place = a.at[comma - 1];
    const person = a.at[k + 1];
    if (!place || !person || person.kind !== "Person" || person.ti !== k + 1) continue;
    if (!ARRIVALS.has(tokens[person.tj]?.lower ?? "")) continue;
    const to = place.kind === "Person" ? null : actorOf(a, place, "place");
    if (to) out.push({ from: person.id, type: "VISITED", to, confidence: 0.6, mode: null, at: k });
  }
  return out;
}

/** "the two presidents" stands for each of its persons. */
const expandGroups = (ms: Mention[]): Mention[] =>
  ms.some((m) => m.group)
    ? ms.flatMap((m) => (m.group ? m.group.map((id) => ({ ...m, id, group: undefined })) : [m]))
    : ms;

const SEPARATELY = new Set(["separate", "separately", "individually", "respectively", "bilateral"]);

/**
 * "held separate meetings with X, Y and Z", "spoke with X and with Y": one actor meeting each of
 * several in turn, not all of them together.
 */
function separateMeetings(a: Arguments, f: Found, ts: number): boolean {
  const last = f.targets[f.targets.length - 1];
  if (f.agents.length !== 1 || f.targets.length < 2 || !last) return false;
  const tokens = a.s.tokens;
  for (let k = Math.max(0, ts - 3); k < last.ti; k++) {
    if (SEPARATELY.has(tokens[k]?.lower ?? "")) return true;
    if (k > ts && tokens[k]?.lower === "and" && tokens[k + 1]?.lower === "with") return true;
  }
  return false;
}

/** "the borders of X and Y meet": things, not parties, that meet. */
const THINGS_THAT_MEET = new Set([
  "borders",
  "frontiers",
  "boundaries",
  "rivers",
  "roads",
  "railways",
  "lines",
  "pipelines",
  "territories",
]);
/** "meets about half of Brazil's demand": what is met is a need, not a party. */
const NEEDS_MET = new Set([
  "demand",
  "demands",
  "needs",
  "requirements",
  "criteria",
  "standards",
  "standard",
  "target",
  "targets",
  "conditions",
  "obligations",
  "deadline",
  "expectations",
  "costs",
]);

/** Whether the words right after a meeting verb name a need met ("met the deadline"). */
function metNoOne(tokens: readonly Token[], te: number): boolean {
  for (let k = te; k < tokens.length && k < te + 7; k++) {
    if (!tokens[k]?.isWord && !isPossessive(tokens[k])) return false;
    if (NEEDS_MET.has(tokens[k]?.lower ?? "")) return true;
  }
  return false;
}

/** Nouns of what is done to someone held: a demand for it asks nothing of them. */
const RELEASE_NOUNS = new Set(["release", "freedom", "return", "extradition", "repatriation"]);

/** "X's (immediate) release" or "the release of X" between a trigger's end te and target. */
function released(tokens: readonly Token[], te: number, target: Mention): boolean {
  if (isPossessive(tokens[target.tj]))
    for (let k = target.tj + 1; k <= target.tj + 3; k++)
      // "Belarus's release of X": the possessor frees someone, and is asked to.
      if (RELEASE_NOUNS.has(tokens[k]?.lower ?? "")) return tokens[k + 1]?.lower !== "of";
  for (let k = te; k < target.ti; k++)
    if (RELEASE_NOUNS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "of") return true;
  return false;
}

/** Participles whose agent takes part in the meeting they name ("a ceremony hosted by X"). */
const HOSTING = new Set(["hosted", "attended", "chaired", "convened", "organised", "organized"]);
/** Types whose object may be the agent of a deed the object names ("condemned X imposed by Y"). */
const BY_AGENT_TARGETS = new Set<RelationType>(["CRITICIZES", "OPPOSES"]);
/** Words that link a passive participle to its subject ("was backed by", "has been led by"). */
const PASSIVE_LINKS = new Set([
  ...PASSIVE_AUXILIARIES,
  "has",
  "have",
  "had",
  "get",
  "gets",
  "got",
  "also",
  "not",
  "now",
  "still",
  "once",
  "long",
  "and",
  "or",
  "but",
  "who",
  "which",
  "that",
  "it",
  "they",
  "he",
  "she",
  "both",
  "all",
  "each",
  "then",
  "later",
  "first",
  "since",
  "as",
  "of",
]);
/** Words that end the noun phrase after "with" ("with ministers in Tokyo"). */
const PHRASE_ENDS = new Set(["in", "at", "on", "for", "over", "about", "during", "after", "to"]);
/** Words that may follow a name set off in apposition ("with X, Y, in Tokyo", "Y and Z"). */
const APPOSITION_ENDS = new Set([...PHRASE_ENDS, "and", "who", "whose", "of", "from", "the"]);
/** "with" at or right after the trigger's end, and nobody named in the phrase after it. */
function withNobody(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  te: number,
): boolean {
  const w = tokens[te - 1]?.lower === "with" ? te : tokens[te]?.lower === "with" ? te + 1 : -1;
  if (w < 0) return false;
  for (let k = w; k < tokens.length && k < w + 10; k++) {
    // "Japanese ministers": a demonym before a noun names no one met.
    const m = at[k];
    if (m && !(m.via === "demonym" && tokens[m.tj]?.isWord && !tokens[m.tj]?.cap)) return false;
    // "with his Vietnamese counterpart, X", "with their counterparts, including X".
    if (tokens[k]?.text === ",") {
      let next = tokens[k + 1]?.lower === "including" ? k + 2 : k + 1;
      // "including Foreign Minister X": capitalised titles may open the name.
      while (!at[next] && tokens[next]?.cap && next < k + 5) next++;
      const named = at[next];
      if (!named || named.via === "demonym") return true;
      // "..., Foreign Minister X said": a name that opens the main clause is no apposition.
      const after = tokens[named.tj];
      return !!after?.isWord && !after.cap && !APPOSITION_ENDS.has(after.lower);
    }
    if (!tokens[k]?.isWord || (k > w && PHRASE_ENDS.has(tokens[k]?.lower ?? ""))) break;
  }
  return tokens[w]?.isWord === true;
}

function pairsOf(
  type: RelationType,
  f: Found,
  a: Arguments,
  separate = false,
): [Mention, Mention][] {
  const pairs: [Mention, Mention][] = [];
  if (f.between && f.targets.length > 0) {
    for (const x of f.agents) for (const y of f.targets) if (x.id !== y.id) pairs.push([x, y]);
    return RELATION_TYPES[type].symmetric
      ? pairs
      : [...pairs, ...pairs.map(([x, y]): [Mention, Mention] => [y, x])];
  }
  if (
    f.targets.length === 0 ||
    (type === "MET_WITH" && !separate && f.agents.length + f.targets.length >= 3)
  ) {
    const all = [...f.agents, ...f.targets];
    for (let x = 0; x < all.length; x++)
      for (let y = x + 1; y < all.length; y++) pairs.push([all[x] as Mention, all[y] as Mention]);
    if (RELATION_TYPES[type].symmetric) return pairs;
    // "the war between X and Y": each acts on the other.
    return f.targets.length === 0 && f.agents.length === 2
      ? [...pairs, ...pairs.map(([x, y]): [Mention, Mention] => [y, x])]
      : [];
  }
  for (const x of f.agents) for (const y of f.targets) if (x !== y) pairs.push([x, y]);
  void a;
  return pairs;
}
