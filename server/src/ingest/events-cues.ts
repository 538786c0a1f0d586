// Event cues the relation patterns do not carry: a summit named in a sentence ("the 15th BRICS
// summit", "the G20 summit in New Delhi") and who attended it, the heads of delegations ("Ukraine's
// delegation was led by X"), talks between demonym groups ("Russian and Ukrainian officials held
// talks"), and coups ("General X detained President Y on 26 July"). Each reads one sentence's
// tokens and mentions once, so the cost stays linear in the sentence.
import type { KbIndex } from "./kb-index.ts";
import type { AnalysedSentence } from "./resolve-article.ts";

type Mention = AnalysedSentence["mentions"][number];

export interface SummitCue {
  /** Organisation or countries named with the summit ("BRICS", "Russian-Indian"), or null. */
  hosts: string[];
  /** A place named with the summit ("the Johannesburg summit", "the summit in Abuja"). */
  place: string | null;
  /** Persons taking part in it according to the sentence. */
  persons: string[];
  /** Character offset of "summit" in the sentence (its date is the one stated beside it). */
  at: number;
  /** The sentence says its persons attended ("attended", "attending the summit were"): they were there. */
  present: boolean;
}

/** Words before "summit" that make it another summit than the one reported. */
const OTHER_SUMMIT = new Set([
  "next",
  "last",
  "previous",
  "upcoming",
  "future",
  "coming",
  "planned",
  "proposed",
  "former",
  "earlier",
  "past",
]);
/** "The second summit will be held in Kazakhstan": a summit still to come. */
const FUTURE = /\b(will|shall|to be held|is due|are due|scheduled|planned)\b/i;
/** Clause words after a person that say the person stayed away. */
const ABSENT =
  /\b(not|n't|never|stay(?:s|ed|ing)? away|skipp?\w*|absent|boycott\w*|declined|missed|without|by video|via video|video link|virtually|remotely)\b/i;
/** Words before a person who was not there: "in place of X", "spoke by phone with X". */
const STAND_IN = /\b(place of|instead of|behalf of|without|phone with|call with|call to)\s*$/i;
/** Persons who talk about a gathering without taking part in it. */
const OBSERVER_TITLE = /spokes|analyst|expert|researcher|professor|commentator|correspondent/;
const ATTENDANCE =
  /\b(present|attend(?:s|ed|ing)?|in attendance|on the sidelines)\b|\b(lead|leads|leading|led|headed|heading)\b[^.;]{0,30}\bdelegation\b/i;

const GATHERED =
  /\b(gathered|gather|gathering|convened|convene|assembled|met|meet|meeting) (in|at)( the)?$/;

const isPerson = (m: Mention): boolean => m.kind === "Person" && m.via !== "pronoun";

/** The token index after which a mention's own clause ends. */
function clauseEnd(s: AnalysedSentence, from: number): number {
  for (let k = from; k < s.tokens.length; k++) if (s.tokens[k]?.text === ";") return k;
  return s.tokens.length;
}

/** Words after a person that say, in so many words, that the person was not there. */
const STAYED_AWAY =
  /\b(stay(?:s|ed|ing)? away|skipp?(?:s|ed|ing)?|absent|boycott\w*|by video|via video|video link)\b/i;

/**
 * The text says this person stayed away: "X and Y stay away", "in place of X" and, with
 * `strict` (for a gathering's attendance), any absence cue around the person ("X is not
 * attending", "spoke by phone with X").
 */
export function stayedAway(s: AnalysedSentence, m: Mention, strict = false): boolean {
  const end = Math.min(clauseEnd(s, m.tj), m.tj + 6);
  const after = s.tokens
    .slice(m.tj, end)
    .map((t) => t.text)
    .join(" ");
  const before = s.tokens
    .slice(Math.max(0, m.ti - 4), m.ti)
    .map((t) => t.text)
    .join(" ");
  return strict
    ? ABSENT.test(after) || STAND_IN.test(before)
    : STAYED_AWAY.test(after) || /\b(place of|instead of)\s*$/i.test(before);
}

/** Persons in the sentence who take part (not those the text says stayed away). */
function presentPersons(s: AnalysedSentence): string[] {
  const out: string[] = [];
  for (const m of s.mentions) {
    if (!isPerson(m) || (m.title && OBSERVER_TITLE.test(m.title)) || out.includes(m.id)) continue;
    if (!stayedAway(s, m, true)) out.push(m.id);
  }
  return out;
}

/** The summit the sentence names as the one reported, or null. */
export function summitCue(s: AnalysedSentence, kb: KbIndex): SummitCue | null {
  const k = s.tokens.findIndex((t) => t.lower === "summit");
  if (k < 0 || FUTURE.test(s.sentence.text)) return null;
  for (let i = k - 1; i >= Math.max(0, k - 4); i--) {
    const w = s.tokens[i]?.lower ?? "";
    if (OTHER_SUMMIT.has(w) || (w === "s" && OTHER_SUMMIT.has(s.tokens[i - 3]?.lower ?? "")))
      return null;
    if (w === "year" && OTHER_SUMMIT.has(s.tokens[i - 1]?.lower ?? "")) return null;
  }
  const hosts: string[] = [];
  let place: string | null = null;
  // The names right before "summit" ("the 15th BRICS summit", "Russian-Indian summit").
  for (const m of s.mentions) {
    if (m.tj > k || m.tj < k - 4) continue;
    if (s.tokens.slice(m.tj, k).some((t) => !t.isWord && t.text !== "-" && t.text !== "–"))
      continue;
    // A city names the venue ("the Johannesburg summit"); a region names no one ("Russia-Africa").
    if (m.kind === "Location") place = kb.countryOf.has(m.id) ? m.id : place;
    else if (m.kind === "Organisation" || m.kind === "Country")
      hosts.push(m.kind === "Country" ? m.id : (m.actsFor ?? m.id));
  }
  // "the summit in Abuja", "the summit at the Sandton Convention Centre".
  const next = s.tokens[k + 1]?.lower;
  if (next === "in" || next === "at") {
    const m = s.mentions.find(
      (x) => x.ti === k + 2 || (x.ti === k + 3 && s.tokens[k + 2]?.lower === "the"),
    );
    if (m && (m.kind === "Location" || (m.kind === "Country" && m.via !== "demonym"))) place = m.id;
  }
  // "leaders gathered in Astana for the bloc's summit": the place the leaders gathered in.
  if (!place) {
    const m = s.mentions.find(
      (x) =>
        x.ti < k &&
        (x.kind === "Location" || (x.kind === "Country" && x.via !== "demonym")) &&
        GATHERED.test(
          s.tokens
            .slice(Math.max(0, x.ti - 3), x.ti)
            .map((t) => t.lower)
            .join(" "),
        ),
    );
    if (m) place = m.id;
  }
  return {
    hosts,
    place,
    persons: presentPersons(s),
    at: (s.tokens[k]?.start ?? s.sentence.start) - s.sentence.start,
    present: ATTENDED.test(s.sentence.text),
  };
}

/** Persons a summit article says were there ("Among those present: A, B", "X is leading the delegation"). */
export function attendeesIn(s: AnalysedSentence): string[] {
  return ATTENDANCE.test(s.sentence.text) ? presentPersons(s) : [];
}

/** Verbs that say a person went to a gathering, not only that it concerned them ("A and B attended"). */
const ATTENDED = /\b(attend(?:s|ed|ing)|took part in|in attendance)\b/i;

/** Persons a sentence says attended a gathering in person (none when it names a remote link). */
export function attendedIn(s: AnalysedSentence): string[] {
  return ATTENDED.test(s.sentence.text) ? presentPersons(s) : [];
}

const DELEGATION = new Set(["delegation", "delegations", "team", "negotiators"]);
const HEADED = new Set(["led", "leading", "leads", "headed", "heading", "heads", "head", "chief"]);

/**
 * Heads of national delegations: "Ukraine's delegation was led by X", "X, who headed the
 * Russian team", "X is leading the Chinese delegation". Each with the country they speak for.
 */
export function delegationHeads(
  s: AnalysedSentence,
  kb: KbIndex,
): { person: string; country: string }[] {
  const k = s.tokens.findIndex((t) => DELEGATION.has(t.lower));
  if (k < 0) return [];
  const near = (i: number): boolean => Math.abs(i - k) <= 6;
  if (!s.tokens.some((t, i) => HEADED.has(t.lower) && near(i))) return [];
  // The country: a demonym or possessive right before the noun ("the Russian team", "Ukraine's delegation").
  const country = s.mentions.find(
    (m) => m.tj <= k && m.tj >= k - 3 && (m.kind === "Country" || m.actsFor),
  );
  const countryId = country ? (country.kind === "Country" ? country.id : country.actsFor) : null;
  if (!countryId) return [];
  const heads = s.mentions.filter((m) => isPerson(m) && near(m.ti < k ? m.tj : m.ti));
  const out: { person: string; country: string }[] = [];
  for (const m of heads)
    if (kb.byId.get(countryId)?.kind === "Country" && !out.some((o) => o.person === m.id))
      out.push({ person: m.id, country: countryId });
  return out.slice(0, 1);
}

const GROUP_NOUNS = new Set([
  "officials",
  "delegations",
  "delegates",
  "negotiators",
  "diplomats",
  "leaders",
  "ministers",
  "teams",
  "envoys",
]);
const TALKS =
  /\b(held|hold|holding|holds)\b.{0,40}\b(talks|negotiations|meeting|consultations)\b|\b(met|meet|meets|meeting|negotiated)\b/i;

/** "Russian and Ukrainian officials held talks": the countries whose groups met. */
export function groupTalks(s: AnalysedSentence): string[] {
  if (!TALKS.test(s.sentence.text)) return [];
  for (const m of s.mentions) {
    if (m.kind !== "Country" || m.via !== "demonym" || s.tokens[m.tj]?.lower !== "and") continue;
    const other = s.mentions.find(
      (x) => x.ti === m.tj + 1 && x.kind === "Country" && x.via === "demonym" && x.id !== m.id,
    );
    if (other && GROUP_NOUNS.has(s.tokens[other.tj]?.lower ?? "")) return [m.id, other.id];
  }
  return [];
}

/** Words that open another clause: a coup's subject and date are not found across them. */
const SUBORDINATE = new Set([
  "since",
  "after",
  "before",
  "while",
  "because",
  "although",
  "as",
  "until",
]);
/** Verbs of reaction whose date is their own: "X on Tuesday condemned sanctions imposed by Y". */
const REACTION =
  /^(condemn|criticis|criticiz|denounc|welcom|said|says|slamm|reject|protest|respond|react|decr|hail|call)/;

/**
 * The character range (in the sentence) of token k's clause: from the last subordinating word
 * or reaction verb before it to the next subordinating word or semicolon after it.
 */
export function clauseAround(s: AnalysedSentence, k: number): { from: number; to: number } {
  // "Before its Monday decision, the EU had sanctioned X": an opening clause ends at its comma.
  const opening = SUBORDINATE.has(s.tokens[0]?.lower ?? "")
    ? s.tokens.findIndex((t) => t.text === ",")
    : -1;
  const { first, last } = clauseTokens(s, k, (i) => {
    const w = s.tokens[i]?.lower ?? "";
    return (
      SUBORDINATE.has(w) ||
      s.tokens[i]?.text === ";" ||
      i === opening ||
      (REACTION.test(w) && i < k - 1)
    );
  });
  return { from: offsetOf(s, first), to: offsetOf(s, last) };
}

/**
 * Token bounds of token k's clause: just after the last token before k that `opens` accepts,
 * up to the next subordinating word or semicolon after k.
 */
function clauseTokens(
  s: AnalysedSentence,
  k: number,
  opens: (i: number) => boolean,
): { first: number; last: number } {
  let first = 0;
  for (let i = k - 1; i >= 0; i--)
    if (opens(i)) {
      first = i + 1;
      break;
    }
  let last = s.tokens.length;
  for (let i = k + 1; i < s.tokens.length; i++)
    if (s.tokens[i]?.text === ";" || SUBORDINATE.has(s.tokens[i]?.lower ?? "")) {
      last = i;
      break;
    }
  return { first, last };
}

/** Token i's start within its sentence (the sentence's end past the last token). */
const offsetOf = (s: AnalysedSentence, i: number): number =>
  (s.tokens[i]?.start ?? s.sentence.end) - s.sentence.start;

const OUSTED = new Set([
  "ousted",
  "toppled",
  "overthrew",
  "overthrown",
  "deposed",
  "detained",
  "removed",
]);
const HEAD_ROLES = new Set(["President", "Prime Minister", "Head of State", "King", "Emir"]);

/**
 * A coup: a person or body that "detained/ousted/toppled President X". The deposed leader must
 * be a head of state or government (by title or by the knowledge base); the event is placed in
 * the country they led.
 */
export function coupCue(
  s: AnalysedSentence,
  kb: KbIndex,
  date: string | null,
): { leader: string; by: string | null; country: string | null; from: number; to: number } | null {
  const k = s.tokens.findIndex((t) => OUSTED.has(t.lower));
  if (k < 0) return null;
  // The trigger's own clause: "X met Y on Sunday, ... since rebels toppled Z two weeks ago".
  const { first, last } = clauseTokens(s, k, (i) => SUBORDINATE.has(s.tokens[i]?.lower ?? ""));
  const leader = s.mentions.find((m) => isPerson(m) && m.ti > k && m.ti <= k + 3);
  if (!leader) return null;
  const roles = (kb.rolesOf.get(leader.id) ?? []).filter((r) => HEAD_ROLES.has(r.role));
  const titled = /^(president|prime minister|king|emir)$/.test(leader.title ?? "");
  const held = roles
    .filter((r) => !date || (r.to ?? "9999") >= date.slice(0, 4))
    .sort((a, b) => (b.to ?? "9999").localeCompare(a.to ?? "9999"));
  if (!titled && held.length === 0) return null;
  if (s.tokens[leader.ti - 1]?.lower === "former") return null;
  const by =
    s.mentions
      .filter(
        (m) =>
          m.ti >= first &&
          m.ti < k &&
          (isPerson(m) || m.kind === "Organisation") &&
          m.id !== leader.id,
      )
      .pop() ?? null;
  const country = held[0]
    ? kb.byId.get(held[0].of)?.kind === "Country"
      ? held[0].of
      : (kb.countryOf.get(held[0].of) ?? null)
    : null;
  return {
    leader: leader.id,
    by: by?.id ?? null,
    country,
    from: offsetOf(s, first),
    to: offsetOf(s, last),
  };
}

const SIGNED = new Set(["signed", "signs", "inked", "signing"]);
/** "agreed a ceasefire", "reached a deal": an agreement made, when an accord is the object. */
const AGREED = new Set(["agreed", "agreeing", "reached", "struck", "clinched", "concluded"]);
/** Truces are agreements too ("agreed a ceasefire in Doha"). */
const TRUCE = new Set(["ceasefire", "cease-fire", "truce", "armistice"]);
const ACCORD = new Set([
  "agreement",
  "agreements",
  "treaty",
  "accord",
  "accords",
  "memorandum",
  "charter",
  "declaration",
  "deal",
  "pact",
  "protocol",
  "convention",
  "communique",
]);
const NOT_YET = new Set(["to", "will", "would", "could", "may", "might", "not", "never", "yet"]);

/**
 * A signing: "X and Y signed a peace agreement", "a memorandum was signed by A, B and C". The
 * signatories are the actors of the trigger's clause before it, or those listed after "by".
 * A signing still to come ("will sign", "agreed to sign") is none.
 */
export function signingCue(s: AnalysedSentence): { signatories: string[]; at: number } | null {
  const accord = (t: { lower: string } | undefined): boolean =>
    !!t && (ACCORD.has(t.lower) || TRUCE.has(t.lower));
  // "agreed a ceasefire", "reached an agreement": the accord within the next few words.
  const agreed = (i: number): boolean =>
    AGREED.has(s.tokens[i]?.lower ?? "") &&
    !["no", "not"].includes(s.tokens[i + 1]?.lower ?? "") &&
    [1, 2, 3, 4].some((d) => accord(s.tokens[i + d]));
  const k = s.tokens.findIndex((t, i) => SIGNED.has(t.lower) || agreed(i));
  if (k < 0 || [1, 2].some((d) => NOT_YET.has(s.tokens[k - d]?.lower ?? ""))) return null;
  const near = s.tokens.slice(Math.max(0, k - 6), k + 9).some(accord);
  if (!near) return null;
  const clause = clauseAround(s, k);
  const inClause = (m: Mention): boolean =>
    m.start - s.sentence.start >= clause.from && m.start - s.sentence.start < clause.to;
  const signer = (m: Mention): boolean =>
    inClause(m) &&
    m.via !== "pronoun" &&
    (m.kind === "Person" ||
      m.kind === "Organisation" ||
      (m.kind === "Country" && m.via !== "demonym"));
  const by = [1, 2, 3, 4].map((d) => k + d).find((i) => s.tokens[i]?.lower === "by");
  // "the signing of a peace agreement between A and B": the parties after "between".
  const between = [1, 2, 3, 4, 5, 6, 7, 8]
    .map((d) => k + d)
    .find((i) => s.tokens[i]?.lower === "between" && accord(s.tokens[i - 1]));
  // The coordinated names after "between", up to the first gap of more than three tokens.
  const parties = (from: number): Mention[] => {
    const out: Mention[] = [];
    let last = from + 1;
    for (const m of s.mentions.filter((x) => x.ti > from).sort((a, b) => a.ti - b.ti)) {
      if (m.ti - last > 3) break;
      if (signer(m)) out.push(m);
      last = m.tj;
    }
    return out;
  };
  const list =
    by !== undefined
      ? s.mentions.filter((m) => m.ti > by && signer(m))
      : between !== undefined
        ? parties(between)
        : s.mentions.filter((m) => m.ti < k && signer(m));
  const signatories = [...new Set(list.map((m) => m.id))];
  return signatories.length >= 2
    ? { signatories, at: (s.tokens[k]?.start ?? s.sentence.start) - s.sentence.start }
    : null;
}

const ELECTED = new Set(["elected", "re-elected", "reelected"]);
const WON = new Set(["won", "wins", "win", "winning"]);
const BALLOT = new Set([
  "election",
  "elections",
  "re-election",
  "reelection",
  "vote",
  "runoff",
  "run-off",
  "ballot",
]);
const BE = new Set(["was", "were", "been", "is", "being", "be", "got", "get", "gets"]);

/**
 * An election and who won it: "X was re-elected in June", "X won the November 5 US presidential
 * election". The place is a country named with the election, else the one the winner leads.
 */
export function electionCue(
  s: AnalysedSentence,
  kb: KbIndex,
): { winner: string; country: string | null; at: number } | null {
  const tokens = s.tokens;
  let k = -1;
  for (let i = 0; i < tokens.length && k < 0; i++) {
    const w = tokens[i]?.lower ?? "";
    // "was re-elected", not "the first democratically elected president".
    if (
      ELECTED.has(w) ||
      (w === "re" && tokens[i + 1]?.text === "-" && tokens[i + 2]?.lower === "elected")
    ) {
      if (BE.has(tokens[i - 1]?.lower ?? "")) k = i;
    } else if (WON.has(w) && tokens.slice(i + 1, i + 8).some((t) => BALLOT.has(t.lower))) k = i;
  }
  if (k < 0) return null;
  const clause = clauseAround(s, k);
  const winner = s.mentions
    .filter((m) => isPerson(m) && m.ti < k && m.start - s.sentence.start >= clause.from)
    .pop();
  if (!winner) return null;
  const named = s.mentions.find((m) => m.ti > k && m.ti <= k + 8 && m.kind === "Country");
  const roles = [...(kb.rolesOf.get(winner.id) ?? [])]
    .filter((r) => kb.byId.get(r.of)?.kind === "Country")
    .sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
  return {
    winner: winner.id,
    country: named?.id ?? roles[0]?.of ?? null,
    at: (tokens[k]?.start ?? s.sentence.start) - s.sentence.start,
  };
}
