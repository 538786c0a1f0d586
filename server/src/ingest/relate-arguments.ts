// Relate: finding the two actors of a trigger in a sentence. Which mentions may stand as an
// actor (a capital yes unless it is a place "in Tehran"; a demonym only before an actor noun
// such as "Iranian drones"; "US" in "the US dollar" no), coordination ("Iran and Russia"),
// and clause limits so an actor is never taken from a clause about something else.
import nlp from "compromise";
import {
  phraseEndFrom,
  phrasesEndingAt,
  phraseStartBefore,
  phrasesStartingAt,
  type Lexicon,
} from "./load-lexicon.ts";
import type { VerbPatterns } from "./load-verb-patterns.ts";
import { type Mention, mentionsByToken } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { pastAdverbials } from "./time-adverbial.ts";
import { isPossessive, type Token } from "./tokenize.ts";
import { relationalAppositions, type RelationalApposition } from "./relate-appositions.ts";

const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;

/** `recipient`: a target that may also be a place ("aid to Gaza"). */
export type Slot = "agent" | "target" | "place" | "recipient";

export interface Arguments {
  readonly s: AnalysedSentence;
  readonly vp: VerbPatterns;
  readonly lexicon: Lexicon;
  readonly at: (Mention | undefined)[];
  /** The comma closing an opening phrase ("Facing US sanctions, Iran ..."), or -1. */
  readonly introComma: number;
  /** The comma taken for the opening phrase's end may join a list ("On 1 May X hosted Y, Z"). */
  readonly listComma: boolean;
  /**
   * Relative clauses set off by commas after a name ("Washington, which partners with the SDF,
   * has urged ..."): closing comma -> opening comma. A search from outside skips them whole.
   */
  readonly parens: Map<number, number>;
  /** Quote marks around a short quotation naming no actor ("called the deal \"dangerous\" and"). */
  readonly openQuotes: Set<number>;
  /** "Iran, Hezbollah's main backer,": appositions that state a relation (also in `parens`). */
  readonly appositions: RelationalApposition[];
}

const RELATIVES = new Set(["which", "who", "whose", "where"]);
const RELATIVE_PREPOSITIONS = new Set(["of", "in", "to", "with", "for", "by", "under", "from"]);

/** ", which/who/whose/where ... ," after a mention: the parenthesis's closing -> opening comma. */
function relativeParens(
  s: AnalysedSentence,
  at: readonly (Mention | undefined)[],
): Map<number, number> {
  const parens = new Map<number, number>();
  const tokens = s.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.text !== "," || !at[k - 1]) continue;
    // "The Arab League, of which Djibouti is a member, called on Eritrea": a preposition may
    // open the clause.
    const opener = RELATIVE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? "") ? k + 2 : k + 1;
    const relative = tokens[opener]?.lower ?? "";
    if (!RELATIVES.has(relative) && !(opener === k + 2 && relative === "whom")) continue;
    for (let c = opener + 1; c < tokens.length && c - k <= 30; c++) {
      const t = tokens[c] as Token;
      if (t.text === ";" || t.text === "(" || t.text === ")" || t.text === "—" || t.text === "–")
        break;
      if (t.text !== ",") continue;
      // "with the SDF, Turkey and Iraq": a comma inside a list does not close the clause.
      if (at[c + 1] || tokens[c + 1]?.lower === "and") continue;
      if (c + 1 < tokens.length) parens.set(c, k);
      break;
    }
  }
  return parens;
}

const QUOTES = new Set(['"', "“", "”"]);
const MAX_QUOTED = 15;

/**
 * Quote marks that do not end a clause: a short quotation naming no actor is a phrase of the
 * clause around it ("Bennett called the deal \"dangerous\" and blamed Y", "described the talks
 * as \"substantive\" and said"). A quotation naming an actor stays a clause of its own.
 */
function transparentQuotes(s: AnalysedSentence, at: readonly (Mention | undefined)[]): Set<number> {
  const out = new Set<number>();
  const tokens = s.tokens;
  let open = -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = (tokens[k] as Token).text;
    if (!QUOTES.has(t)) continue;
    if (open < 0 || t === "“") {
      open = k;
      continue;
    }
    let plain = k - open - 1 <= MAX_QUOTED && k - open > 1;
    for (let i = open + 1; i < k && plain; i++)
      if (at[i] || (tokens[i] as Token).text === ",") plain = false;
    if (plain) out.add(open).add(k);
    open = -1;
  }
  return out;
}

const INTRO_WORDS = new Set([
  "in",
  "after",
  "during",
  "despite",
  "since",
  "following",
  "amid",
  "with",
  "for",
  "while",
  "as",
  "on",
  "at",
  "before",
  "according",
  "citing",
  "under",
  "unlike",
  "like",
  "regarding",
  "meanwhile",
]);

/** A word that opens a phrase before the clause: an intro word or a participle ("Speaking"). */
const opensPhrase = (w: string): boolean => INTRO_WORDS.has(w) || /^[a-z]+ing$/.test(w);

export function argumentsOf(s: AnalysedSentence, vp: VerbPatterns, lexicon: Lexicon): Arguments {
  const at = mentionsByToken(s.tokens, s.mentions);
  const first = s.tokens[0]?.lower ?? "";
  // "Speaking to reporters, X said": a participle opens the sentence; "King Abdullah, who" and
  // "Beijing, which" open with a name that merely ends in "-ing".
  const intro = !at[0] && opensPhrase(first);
  let comma = intro ? s.tokens.findIndex((t, k) => k < 30 && t.text === ",") : -1;
  // "On 16 November, after meeting X in Berlin, Y said": a time phrase naming no one opens a
  // second opening phrase, which the next comma closes.
  if (comma > 0 && TIME_OPENERS.has(first) && !at.slice(0, comma).some(Boolean)) {
    const next = s.tokens[comma + 1]?.lower ?? "";
    const close = s.tokens.findIndex((t, k) => k > comma + 1 && k < 30 && t.text === ",");
    if (close > 0 && !at[comma + 1] && opensPhrase(next)) comma = close;
  }
  const listComma = comma >= 0 && actorActsBefore(s, at, vp, comma);
  const openQuotes = s.tokens.some((t) => QUOTES.has(t.text))
    ? transparentQuotes(s, at)
    : NO_QUOTES;
  const parens = relativeParens(s, at);
  const appositions = s.mentions.length >= 2 ? relationalAppositions(s, lexicon, at) : [];
  for (const x of appositions) if (x.close > 0 && !parens.has(x.close)) parens.set(x.close, x.open);
  return { s, vp, lexicon, at, introComma: comma, listComma, parens, openQuotes, appositions };
}

/** Openers of a time phrase, which holds no verb of its own ("On 1 February", "In 2019"). */
const TIME_OPENERS = new Set(["on", "in", "at", "during"]);

/**
 * Whether a time phrase opens the sentence, an actor and its verb come before the comma taken
 * for the phrase's end and a name follows it: "On 1 February X hosted Y, Z and W" has no comma
 * after its opening, and that comma is a list's. ("Since X pulled out, Y ..." is a clause that
 * ends at its comma.)
 */
function actorActsBefore(
  s: AnalysedSentence,
  at: readonly (Mention | undefined)[],
  vp: VerbPatterns,
  comma: number,
): boolean {
  if (!TIME_OPENERS.has(s.tokens[0]?.lower ?? "") || !at[comma + 1]) return false;
  for (let k = 0; k < comma; k++) {
    const m = at[k];
    if (!m || m.ti !== k || m.kind === "Location") continue;
    const next = s.tokens[m.tj]?.lower ?? "";
    if (m.tj < comma && vp.verbFirst.has(next) && !/ing$/.test(next)) return true;
  }
  return false;
}

const NO_QUOTES: Set<number> = new Set();
const SPEECH_AFTER = new Set([
  "said",
  "says",
  "told",
  "added",
  "stated",
  "wrote",
  "noted",
  "insisted",
]);
const FINITE_AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "will"]);
const PLACE_NOUNS = new Set([
  "capital",
  "exclave",
  "enclave",
  "town",
  "territory",
  "village",
  "countryside",
  "soil",
]);

/** Nouns for a person's followers: "a Gbagbo ally" is the ally, not Gbagbo. */
const FOLLOWER_NOUNS = new Set([
  "ally",
  "allies",
  "aide",
  "aides",
  "loyalist",
  "loyalists",
  "supporter",
  "supporters",
  "associate",
  "associates",
  "confidant",
  "confidante",
  "adviser",
  "advisers",
  "advisor",
  "advisors",
  "protégé",
  "appointee",
  "appointees",
  "critic",
  "critics",
  "opponent",
  "opponents",
  "rival",
  "rivals",
]);

/**
 * The actor id a mention stands for in a slot, or null when it cannot be an actor there.
 * `governed`: the mention directly follows a trigger ending in a preposition ("fired missiles
 * at Israel"), so that preposition makes it no place.
 */
export function actorOf(
  a: Arguments,
  m: Mention,
  slot: Slot,
  modifierOk = false,
  governed = false,
): string | null {
  const tokens = a.s.tokens;
  const prev = tokens[m.ti - 1];
  const next = tokens[m.tj];
  const locative = !!prev && a.vp.locative.has(prev.lower) && !governed;
  // "what he called": a subject pronoun is never an object.
  if (
    slot !== "agent" &&
    m.via === "pronoun" &&
    (tokens[m.ti]?.lower === "he" || tokens[m.ti]?.lower === "she")
  )
    return null;
  if (m.kind === "Location") {
    if (slot === "place") return m.id;
    if (m.actsFor && !locative) return m.actsFor;
    // "aid to Gaza", "relief for Darfur": the people of a place receive aid, not its state.
    return slot === "recipient" && !locative ? m.id : null;
  }
  if (slot === "place") {
    // "flew into the Azerbaijani exclave", "arrived in the Iranian capital": the country.
    if (m.via === "demonym")
      return next?.isWord &&
        (PLACE_NOUNS.has(next.lower) || a.lexicon.locationHeads.has(next.lower))
        ? m.id
        : null;
    return m.kind === "Country" ? m.id : null;
  }
  if (locative && m.kind === "Country") return null;
  if (
    (next?.text === "'s" || next?.text === "’s") &&
    a.lexicon.separateBodies.has(tokens[m.tj + 1]?.lower ?? "")
  )
    return null;
  const nounAfter = next?.isWord && !next.cap ? next.lower : null;
  if (m.via === "demonym") {
    if (modifierOk) return m.id;
    // "fired shells at a South Korean island", "struck a Ukrainian city": its country is hit.
    if (
      slot === "target" &&
      nounAfter &&
      (PLACE_NOUNS.has(nounAfter) || a.lexicon.locationHeads.has(nounAfter))
    )
      return m.id;
    if (nounAfter && a.lexicon.actorNouns.has(nounAfter)) return m.id;
    // "a possible Israeli ground offensive", "Russian armed forces": one modifier before the noun.
    const second = tokens[m.tj + 1];
    if (
      nounAfter &&
      !a.vp.verbFirst.has(nounAfter) &&
      second?.isWord &&
      !second.cap &&
      a.lexicon.actorNouns.has(second.lower)
    )
      return m.id;
    // "American and British aircraft": a demonym coordinated with one that heads an actor noun.
    const other = (next?.lower === "and" || next?.text === ",") && a.at[m.tj + 1];
    const head = other && other.via === "demonym" ? tokens[other.tj] : undefined;
    return head?.isWord && a.lexicon.actorNouns.has(head.lower) ? m.id : null;
  }
  // "headed by a close Gbagbo ally, X": a person named before a follower noun modifies it.
  if (m.kind === "Person" && nounAfter && !modifierOk && FOLLOWER_NOUNS.has(nounAfter)) return null;
  // "Russia and Iran back the regime": a verb trigger right after the name is no noun it modifies.
  const verbAfter = slot === "agent" && !!nounAfter && a.vp.verbFirst.has(nounAfter);
  // A description ("both countries") is a whole noun phrase, never a modifier.
  if (
    nounAfter &&
    m.kind !== "Person" &&
    m.via !== "anaphora" &&
    !modifierOk &&
    !verbAfter &&
    !a.lexicon.actorNouns.has(nounAfter)
  ) {
    // "the US dollar": a name used as a modifier of a thing is no actor.
    const tag = compromiseLexicon[nounAfter] ?? "";
    if (/Noun|Singular|Plural|Currency/.test(tag) && !/Verb/.test(tag)) return null;
  }
  return m.id;
}

export function isBoundary(a: Arguments, k: number, rightward = false): boolean {
  const t = a.s.tokens[k];
  if (!t) return false;
  if (k === a.introComma) return true;
  if (a.vp.boundaries.has(t.lower)) return !a.openQuotes.has(k);
  // A relative clause after the object talks about the object, not the trigger's subject.
  return rightward && (t.lower === "which" || t.lower === "who") && a.s.tokens[k - 1]?.text === ",";
}

/** Index of the first token of the clause containing token k. */
export function clauseStart(a: Arguments, k: number): number {
  for (let i = k - 1; i >= 0; i--) {
    const open = a.parens.get(i);
    if (open !== undefined) {
      i = open;
      continue;
    }
    if (isBoundary(a, i)) return i + 1;
  }
  return 0;
}

/** Whether token k lies inside a relative-clause parenthesis that token `from` is outside of. */
export function inParenthesis(a: Arguments, k: number, from: number): boolean {
  for (const [close, open] of a.parens)
    if (k >= open && k <= close && !(from >= open && from <= close)) return true;
  return false;
}

const COUNTERPART = new Set(["counterpart", "counterparts"]);
const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its"]);

/**
 * "Putin and his Iranian counterpart Pezeshkian": from k (next to a mention, moving dir), the
 * index past "his (<demonym>) counterpart", or k when there is none.
 */
function pastCounterpart(a: Arguments, k: number, dir: -1 | 1): number {
  const tokens = a.s.tokens;
  let i = k;
  if (dir === -1) {
    if (!COUNTERPART.has(tokens[i]?.lower ?? "")) return k;
    i--;
    while (a.at[i]?.via === "demonym") i = (a.at[i] as Mention).ti - 1;
    return POSSESSIVE_PRONOUNS.has(tokens[i]?.lower ?? "") ? i - 1 : k;
  }
  if (!POSSESSIVE_PRONOUNS.has(tokens[i]?.lower ?? "")) return k;
  i++;
  while (a.at[i]?.via === "demonym") i = (a.at[i] as Mention).tj;
  return COUNTERPART.has(tokens[i]?.lower ?? "") ? i + 1 : k;
}

const APPOSITION_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their"]);

/**
 * "X, the secretary of Iran's security council, and Y": from the comma at k after a mention
 * (moving dir), the comma closing an apposition set off by commas, when ", and" (or ", or")
 * joins the next name after it; else -1. An apposition opens with a determiner or a role.
 */
function appositionEnd(a: Arguments, k: number, dir: -1 | 1): number {
  const tokens = a.s.tokens;
  for (let c = k + dir, n = 0; n < 12 && c > 0 && c < tokens.length; c += dir, n++) {
    const t = tokens[c] as Token;
    if (isBoundary(a, c) || a.vp.verbFirst.has(t.lower)) return -1;
    if (t.text !== ",") continue;
    const open = dir === 1 ? k + 1 : c + 1;
    const close = dir === 1 ? c : k;
    const first = tokens[open];
    const opener =
      !!first && (APPOSITION_OPENERS.has(first.lower) || a.lexicon.rolesByFirst.has(first.lower));
    if (close - open < 2 || !opener) return -1;
    // The name after the apposition must be joined by "and"/"or": (X, appos,) and Y.
    if (dir === 1) return tokens[c + 1]?.lower === "and" || tokens[c + 1]?.lower === "or" ? c : -1;
    return a.at[c - 1] ? c : -1;
  }
  return -1;
}

/**
 * The token where a person mention starts when a role phrase starting at k leads into it
 * ("Foreign [Minister Y]", "Foreign Minister [Y]"), else -1.
 */
function roleThenPerson(a: Arguments, k: number): number {
  const tokens = a.s.tokens;
  for (const p of phrasesStartingAt(a.lexicon.rolesByFirst, tokens, k)) {
    const e = phraseEndFrom(tokens, k, p);
    if (e < 0) continue;
    for (const at of [e, e - 1]) {
      const m = a.at[at];
      if (m?.kind === "Person" && m.ti === at && at > k) return at;
    }
    // "the Prime Minister of Kosovo, Albin Kurti,": the holder after "of", then the person.
    let o = e;
    if (tokens[o]?.lower !== "of") continue;
    o += tokens[o + 1]?.lower === "the" ? 2 : 1;
    const holder = a.at[o];
    if (!holder || holder.kind === "Person" || holder.ti !== o) continue;
    const at = tokens[holder.tj]?.text === "," ? holder.tj + 1 : holder.tj;
    const m = a.at[at];
    if (m?.kind === "Person" && m.ti === at) return at;
  }
  return -1;
}

/** Words of sequence between "and" and a repeated preposition ("to X and then to Y"). */
const SEQUENCE_WORDS = new Set(["then", "later"]);

/** Prepositions a list may repeat before each name ("by X and by Y"). */
const REPEATABLE = new Set(["by", "to", "from", "on", "against"]);

/** Mentions coordinated with m ("Iran and Russia", "Tehran, Moscow and Ankara"). */
export function coordinated(a: Arguments, m: Mention, slot: Slot, dir: -1 | 1): Mention[] {
  const group = [m];
  let cur = m;
  const before = a.s.tokens[m.ti - 1]?.lower === "the" ? m.ti - 2 : m.ti - 1;
  const prep = REPEATABLE.has(a.s.tokens[before]?.lower ?? "") ? a.s.tokens[before]?.lower : "";
  for (;;) {
    let k = dir === 1 ? cur.tj : pastCounterpart(a, cur.ti - 1, -1);
    // "Prime Minister X of Slovenia and Prime Minister Y of Croatia": the holder after a person
    // is part of that conjunct.
    const ofHolder = dir === 1 && a.s.tokens[k]?.lower === "of" ? a.at[k + 1] : undefined;
    if (cur.kind === "Person" && ofHolder && personOf(a, ofHolder) === cur) k = ofHolder.tj;
    // "by the US in 2022 and by the EU last year": a time phrase before the next conjunct.
    if (dir === 1 && prep) {
      const past = pastAdverbials(a.s.tokens, k);
      if (past > k && a.s.tokens[past]?.lower === "and" && a.s.tokens[past + 1]?.lower === prep)
        k = past;
    }
    // "Ferdinand Marcos Jr. and with X": the suffix's dot is part of the name before.
    if (dir === 1 && a.s.tokens[k]?.text === "." && /^[JS]r$/.test(a.s.tokens[k - 1]?.text ?? ""))
      k++;
    // "X and Austrian Chancellor Y", "X and Austria's chancellor Y": the role's holder in front
    // of a person belongs to that person, so the name before "and" is the next conjunct (after
    // a comma it may close an opening phrase: "at the airport in X, Y's president Z and ...").
    if (dir === -1 && cur.kind === "Person") {
      // "X and Prime Minister Y": a role the mention did not absorb belongs to Y.
      // The mention may hold the role's last word only ("Prime [Minister Y]").
      // "X and Kenya's president, William Ruto, signed": the role may be set off by a comma.
      const ends = [
        cur.ti + 1,
        cur.ti,
        ...(a.s.tokens[cur.ti - 1]?.text === "," ? [cur.ti - 1] : []),
      ];
      roles: for (const end of ends) {
        for (const p of phrasesEndingAt(a.lexicon.rolesByLast, a.s.tokens, end)) {
          const s = phraseStartBefore(a.s.tokens, end, p);
          if (s >= 0 && s < cur.ti && !a.at[s]) {
            k = s - 1;
            break roles;
          }
        }
      }
      const poss = a.s.tokens[k]?.text === "'s" || a.s.tokens[k]?.text === "’s";
      const h = a.at[poss ? k - 1 : k];
      const before = a.s.tokens[(h?.ti ?? 0) - 1]?.lower;
      if (
        h &&
        h !== cur &&
        (h.kind === "Country" || h.via === "demonym") &&
        (before === "and" || before === "&")
      )
        k = h.ti - 1;
    }
    let apposed = false;
    if (dir === 1 && a.s.tokens[k]?.text === ",") {
      const end = appositionEnd(a, k, 1);
      if (end > 0) [k, apposed] = [end, true];
    } else if (dir === -1 && a.s.tokens[k]?.lower === "and" && a.s.tokens[k - 1]?.text === ",") {
      const end = appositionEnd(a, k - 1, -1);
      if (end > 0) [k, apposed] = [end, true];
    }
    let joined = false;
    let comma = false;
    let and = false;
    let asWell = false;
    while (k >= 0 && k < a.s.tokens.length && (k !== a.introComma || a.listComma)) {
      const t = a.s.tokens[k] as Token;
      // "X as well as Y" joins like "and".
      if (
        t.lower === "as" &&
        a.s.tokens[k + dir]?.lower === "well" &&
        a.s.tokens[k + 2 * dir]?.lower === "as"
      ) {
        joined = and = asWell = true;
        k += 3 * dir;
        continue;
      }
      // "hosted X, together with Y": so does "together with" after a name.
      if (dir === 1 && t.lower === "together" && a.s.tokens[k + 1]?.lower === "with") {
        joined = and = asWell = true;
        k += 2;
        continue;
      }
      if (t.text === "," || t.lower === "and" || t.lower === "&" || t.lower === "both") {
        joined ||= t.text === "," || t.lower === "and" || t.lower === "&";
        comma ||= t.text === ",";
        and ||= t.lower === "and";
        k += dir;
        continue;
      }
      // "Iran, Iraq and the United States": the article of a name the mention leaves out.
      if (
        t.lower === "the" &&
        (dir === 1 ? joined : [",", "and"].includes(a.s.tokens[k - 1]?.lower ?? ""))
      ) {
        k += dir;
        continue;
      }
      // "spoke with X and with Y", "sanctioned by X and by Y", "flew to X and then to Y": the
      // repeated preposition joins the second name.
      const then = SEQUENCE_WORDS.has(a.s.tokens[k - 1]?.lower ?? "") ? 1 : 0;
      if (
        dir === 1 &&
        and &&
        (t.lower === "with" || t.lower === prep) &&
        a.s.tokens[k - 1 - then]?.lower === "and"
      ) {
        k += dir;
        continue;
      }
      if (dir === 1 && and && SEQUENCE_WORDS.has(t.lower) && a.s.tokens[k - 1]?.lower === "and") {
        k += dir;
        continue;
      }
      // "received Minister X and Foreign Minister Y": a role the next name did not absorb.
      if (dir === 1 && joined && !a.at[k]) {
        const holder = roleThenPerson(a, k);
        if (holder >= 0) k = holder;
      }
      break;
    }
    if (dir === 1 && joined) k = pastCounterpart(a, k, 1);
    const at = a.at[k];
    const named = (dir === -1 && at && personOf(a, at)) || at;
    // "met X and Russia's envoy Y": a holder with its role and person is one actor, the person.
    const other =
      named && dir === 1 && slot !== "place" ? (appositionPerson(a, named, true) ?? named) : named;
    const compound = a.s.tokens[other?.tj ?? 0]?.text === "-";
    if (!joined || !other || other === cur || compound || !actorOf(a, other, slot)) break;
    // "talks with Ruto, and Modi met Scholz": ", and" after a single name joins clauses, not
    // names, unless it closes a list ("Iran, Iraq, and Syria").
    if (
      comma &&
      and &&
      !asWell &&
      !apposed &&
      group.length === 1 &&
      (dir === 1 || a.s.tokens[other.ti - 1]?.text !== ",")
    )
      break;
    // "its Ambassador to China, Diana Mickevičienė, to Vilnius": the person set off by a comma
    // after "ambassador to X" is the ambassador, not a second target.
    if (dir === 1 && comma && !and && other.kind === "Person" && postedTo(a, cur)) break;
    // "aid to Gaza, Erdogan said": a name after a comma that a speech verb follows is the speaker.
    if (dir === 1 && comma && !and && SPEECH_AFTER.has(a.s.tokens[other.tj]?.lower ?? "")) break;
    group.push(other);
    cur = other;
  }
  return dir === 1 ? group : group.reverse();
}

/** Whether holder m follows a role and "to" ("ambassador to China", "envoy to the UN"). */
function postedTo(a: Arguments, m: Mention): boolean {
  const tokens = a.s.tokens;
  const k = tokens[m.ti - 1]?.lower === "the" ? m.ti - 2 : m.ti - 1;
  return (
    tokens[k]?.lower === "to" &&
    (a.lexicon.rolesByLast.get(tokens[k - 1]?.lower ?? "") ?? []).length > 0
  );
}

/** Nearest actor mention left of token `from` within the clause (and `max` tokens). */
export function searchLeft(a: Arguments, from: number, slot: Slot, max = 18): Mention | null {
  for (let k = from - 1; k >= 0 && from - k <= max; k--) {
    const open = a.parens.get(k);
    if (open !== undefined) {
      // The parenthesis does not count towards the distance.
      max += k - open + 1;
      k = open;
      continue;
    }
    // "the Kurdistan Workers' Party (PKK), which ...": a name's acronym in brackets is the name.
    // The name before the brackets is the one to coordinate ("X and the Free Aceh Movement
    // (GAM) signed").
    const inner = a.at[k - 1];
    if (a.s.tokens[k]?.text === ")" && inner && a.s.tokens[inner.ti - 1]?.text === "(") {
      if (a.at[inner.ti - 2]) k = inner.ti - 1;
      continue;
    }
    // "X, the commander of the Y, was shaking hands with Z": the apposition closing right
    // before the verb describes X, who is the subject.
    if (a.s.tokens[k]?.text === "," && onlyAuxiliaries(a, k + 1, from)) {
      const person = apposedPerson(a, k);
      if (person && actorOf(a, person, slot)) return person;
    }
    // "Algeria announced that it was recalling ...": "it" after "that" is the speaker.
    if (isBoundary(a, k) && !speakerPronounAfter(a, k)) return null;
    const m = a.at[k];
    // "Kushner, senior adviser to US President Trump, who brokered the deal, attended": the
    // person an apposition serves is not its subject; the apposed person is.
    const served = m?.kind === "Person" && slot === "agent" ? servedIn(a, m) : null;
    if (served && actorOf(a, served, slot)) return served;
    // "President X of Russia met Y": the place after "of" says whose president X is.
    const of = m ? personOf(a, m) : null;
    if (of && actorOf(a, of, slot)) return of;
    if (m && actorOf(a, m, slot) && !(slot === "agent" && isGoal(a.s.tokens, m))) return m;
    if (m) k = m.ti;
  }
  return null;
}

const SERVICE_LINKS = new Set(["to", "of", "for"]);

/**
 * The person before an apposition in which person m is whom a role serves ("X, senior adviser
 * to US President Y", "X, an aide of Y"), else null.
 */
function servedIn(a: Arguments, m: Mention): Mention | null {
  const tokens = a.s.tokens;
  let k = m.ti - 1;
  // Back over the role and holder in front of m ("US President").
  while (
    k >= 0 &&
    k > m.ti - 5 &&
    (a.at[k] || tokens[k]?.cap) &&
    !SERVICE_LINKS.has(tokens[k]?.lower ?? "")
  )
    k = a.at[k] ? (a.at[k] as Mention).ti - 1 : k - 1;
  if (!SERVICE_LINKS.has(tokens[k]?.lower ?? "")) return null;
  const link = k;
  for (k--; k >= 0 && link - k <= 5; k--) {
    if (a.at[k] || isBoundary(a, k)) return null;
    if (tokens[k]?.text !== ",") continue;
    const head = a.at[k - 1];
    const role = tokens.slice(k + 1, link).some((t) => a.lexicon.rolesByLast.has(t.lower));
    return head?.kind === "Person" && head.tj === k && role ? head : null;
  }
  return null;
}

/** The person named right before "of" and a holder m ("Prime Minister X of Slovenia"). */
function personOf(a: Arguments, m: Mention): Mention | null {
  if (m.kind !== "Country" && m.kind !== "Organisation" && m.kind !== "Location") return null;
  const k = a.s.tokens[m.ti - 1]?.lower === "the" ? m.ti - 2 : m.ti - 1;
  const p = a.s.tokens[k]?.lower === "of" ? a.at[k - 1] : undefined;
  return p?.kind === "Person" && p.tj === k && p.via !== "pronoun" ? p : null;
}

/** Prepositions that make the name after them a place or a recipient, never a later agent. */
const GOAL_PREPOSITIONS = new Set(["to", "in", "at", "into"]);

/** "flew to Moscow to urge Putin", "in Banjul to persuade Jammeh": no agent of the verb. */
function isGoal(tokens: readonly Token[], m: Mention): boolean {
  const k = tokens[m.ti - 1]?.lower === "the" ? m.ti - 2 : m.ti - 1;
  const prep = tokens[k]?.lower ?? "";
  return GOAL_PREPOSITIONS.has(prep) && tokens[k - 1]?.lower !== "according";
}

/** Tokens [from, to) are auxiliaries or adverbs only ("was", "has also"). */
function onlyAuxiliaries(a: Arguments, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (!AUXILIARIES.has(a.s.tokens[k]?.lower ?? "") && !/ly$/.test(a.s.tokens[k]?.lower ?? ""))
      return false;
  return true;
}

/** The person an apposition closing with the comma at k describes ("X, the commander of Y,"). */
function apposedPerson(a: Arguments, k: number): Mention | null {
  const tokens = a.s.tokens;
  for (let j = k - 1; j >= 0 && k - j <= 15; j--) {
    if (tokens[j]?.text !== ",") continue;
    const head = a.at[j - 1];
    if (
      head?.kind === "Person" &&
      head.tj === j &&
      APPOSITION_OPENERS.has(tokens[j + 1]?.lower ?? "")
    )
      return head;
  }
  return null;
}

const PHRASE_PREPOSITIONS = new Set(["in", "of", "at", "on", "after", "with", "from", "to", "for"]);

/**
 * The verb of saying before the "that" ending at token j, across a longer phrase whose names are
 * the objects of prepositions or owners ("said after a meeting of the bloc's foreign ministers in
 * Brussels on Monday that", "told a regular briefing in Beijing on Tuesday that"): its index, or
 * -1.
 */
function speechVerbBefore(a: Arguments, j: number): number {
  const tokens = a.s.tokens;
  for (let v = j; v >= 0 && v >= j - 15; v--) {
    if (a.vp.speechVerbs.has(tokens[v]?.lower ?? "") && !a.at[v]) return v;
    if (isPossessive(tokens[v])) continue;
    if (isBoundary(a, v) || !tokens[v]?.isWord) return -1;
    const m = a.at[v];
    if (!m) continue;
    const before = tokens[m.ti - 1]?.lower === "the" ? m.ti - 2 : m.ti - 1;
    if (!PHRASE_PREPOSITIONS.has(tokens[before]?.lower ?? "") && !isPossessive(tokens[m.tj]))
      return -1;
    v = m.ti;
  }
  return -1;
}

/**
 * "X said that it ...": a "that" at k after a speech verb (or a short phrase after one), with
 * "it" or "they" right after.
 */
function speakerPronounAfter(a: Arguments, k: number): boolean {
  const tokens = a.s.tokens;
  if (tokens[k]?.lower !== "that" || !SUBJECT_PRONOUNS.has(tokens[k + 1]?.lower ?? ""))
    return false;
  return !a.at[k + 1] && speechVerbEndingAt(a, k - 1) >= 0;
}

/**
 * The verb of saying at token j, or a few words before it with a phrase naming nobody between
 * ("said in a statement that", "announced on Monday that"): its index, or -1.
 */
function speechVerbEndingAt(a: Arguments, j: number): number {
  for (let v = j; v >= 0 && v >= j - 4; v--) {
    if (a.vp.speechVerbs.has(a.s.tokens[v]?.lower ?? "")) return v;
    // "said in Freetown that": a place the speaker spoke in may stand between.
    const m = a.at[v];
    if (
      (m && !(m.kind === "Location" && a.s.tokens[m.ti - 1]?.lower === "in")) ||
      !a.s.tokens[v]?.isWord
    )
      return -1;
  }
  return -1;
}

const OWNED_DEED_LINKS = new Set(["of", "to", "into", "in", "with", "for", "on", "from"]);

/** Words in -ing that continue a list or phrase rather than open a clause. */
const LIST_INGS = new Set(["including", "according", "excluding", "regarding", "concerning"]);

/** Whether token k opens a participle clause ("drawing ...", "saying ..."). */
function participleClause(a: Arguments, k: number): boolean {
  const t = a.s.tokens[k];
  return !!t && !a.at[k] && !t.cap && /[a-z]{2}ing$/.test(t.lower) && !LIST_INGS.has(t.lower);
}

/** Nearest actor mention right of token `from`; a possessor gives way to what it owns. */
export function searchRight(
  a: Arguments,
  from: number,
  slot: Slot,
  max = 9,
  modifierOk = false,
): Mention | null {
  for (let k = from; k < a.s.tokens.length && k - from < max; k++) {
    if (isBoundary(a, k, true)) return null;
    // "which Turkey recognises and Russia rejects": a conjunction and a name right after the
    // verb open another clause ("arms and funds the Houthis" shares the object).
    if (k === from && ["and", "but", "or"].includes(a.s.tokens[k]?.lower ?? "") && a.at[k + 1])
      return null;
    // "praised the operation and said Turkey ...": what follows a speech verb is another clause.
    if (k > from && SPEECH_AFTER.has(a.s.tokens[k]?.lower ?? "") && !a.at[k]) return null;
    // "seized power on Tuesday, drawing condemnation from X": a participle set off by a comma
    // opens a clause of its own ("sanctioned five firms, including X" continues the list).
    if (k > from && a.s.tokens[k]?.text === "," && participleClause(a, k + 1)) return null;
    // "attacks on vessels and were supported by X": a verb phrase joined on is another clause.
    if (a.s.tokens[k]?.lower === "and" && FINITE_AUXILIARIES.has(a.s.tokens[k + 1]?.lower ?? ""))
      return null;
    // "met in Moscow and condemned the United States": so is a verb after "and" past a phrase
    // of the first verb's own ("attacked and seized X" shares its object).
    const next = a.s.tokens[k + 1];
    if (
      k > from &&
      a.s.tokens[k]?.lower === "and" &&
      next &&
      !next.cap &&
      !a.at[k + 1] &&
      verbLike(a, next.lower)
    )
      return null;
    const m = a.at[k];
    if (!m) continue;
    // "fought the Iran-backed Houthis": the name glued to a modifier is not the object.
    const glued =
      a.s.tokens[m.tj]?.text === "-" && /^[a-z]+$/.test(a.s.tokens[m.tj + 1]?.text ?? "");
    if (glued) {
      k = m.tj;
      continue;
    }
    // "“firmly condemns” the coup, his spokesman, X, said": a name set off by a comma that a
    // speech verb follows is the speaker, not the object.
    const after = a.s.tokens[m.tj]?.text === "," ? m.tj + 1 : m.tj;
    if (
      k > from &&
      a.s.tokens[m.ti - 1]?.text === "," &&
      SPEECH_AFTER.has(a.s.tokens[after]?.lower ?? "")
    )
      return null;
    if (actorOf(a, m, slot, modifierOk, m.ti === from)) {
      if (isPossessive(a.s.tokens[m.tj])) {
        const owned = [1, 2, 3, 4].map((d) => a.at[m.tj + d]).find((x) => x && actorOf(a, x, slot));
        // "Finland's membership of NATO", "Sweden's accession to NATO": what the possessor owns
        // is a deed with an object, and the possessor stays the target.
        const deed =
          !!owned &&
          a.s.tokens.slice(m.tj + 1, owned.ti).some((t) => OWNED_DEED_LINKS.has(t.lower));
        if (owned && !deed) return owned;
      }
      return (slot !== "place" && appositionPerson(a, m)) || m;
    }
    k = m.tj - 1;
  }
  return null;
}

/**
 * "European Union foreign policy chief Josep Borrell", "Iran's foreign minister X": a holder,
 * a role phrase and a person are one actor, the person.
 */
export function appositionPerson(a: Arguments, m: Mention, commaRole = false): Mention | null {
  if (m.kind === "Person") return null;
  const tokens = a.s.tokens;
  let k = m.tj;
  const possessive = isPossessive(tokens[k]);
  if (possessive) k++;
  // "the head of the Atomic Energy Organization (AEOI) Mohammad Eslami": the acronym in brackets.
  const acronym = tokens[k]?.text === "(" ? a.at[k + 1] : undefined;
  if (acronym?.id === m.id && tokens[acronym.tj]?.text === ")") k = acronym.tj + 1;
  // The holder is itself the object of a role ("head of the X", "chief of the X").
  const headed = roleOf(a, m);
  for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
    const p = a.at[k];
    if (p) {
      if (p.kind !== "Person") return null;
      // The words in between end with a role ("chief", "foreign minister"), or the person's
      // mention took the role in as a title ("Foreign Minister X").
      const roles = a.lexicon.rolesByLast.get(tokens[k - 1]?.lower ?? "") ?? [];
      return (n === 0 && (possessive || p.title || headed)) ||
        (n > 0 && (roles.length > 0 || p.title))
        ? p
        : null;
    }
    const t = tokens[k] as Token;
    // "Lebanon's new president, Michel Suleiman,", "the emir of Qatar, Sheikh Hamad": the role
    // set off by a comma before its holder.
    // Only in a list of names: alone, "summoned the British ambassador, X" targets the country.
    const next = a.at[k + 1];
    if (commaRole && t.text === "," && next?.kind === "Person") {
      const roleBefore = (a.lexicon.rolesByLast.get(tokens[k - 1]?.lower ?? "") ?? []).length > 0;
      return (n > 0 && roleBefore) || (n === 0 && headed) ? next : null;
    }
    if (!t.isWord || isBoundary(a, k, true)) return null;
  }
  return null;
}

/** Whether a holder follows a role and "of" ("head of the X", "secretary-general of the Y"). */
function roleOf(a: Arguments, m: Mention): boolean {
  const tokens = a.s.tokens;
  let k = m.ti - 1;
  if (tokens[k]?.lower === "the") k--;
  if (tokens[k]?.lower !== "of") return false;
  return (a.lexicon.rolesByLast.get(tokens[k - 1]?.lower ?? "") ?? []).length > 0;
}

/** The clause's subject: the first actor, when it opens the clause. */
export function clauseSubject(a: Arguments, k: number, slot: Slot): Mention | null {
  const start = clauseStart(a, k);
  for (let i = start; i < k && i - start <= 4; i++) {
    const m = a.at[i];
    // "U.S. Secretary of State Antony Blinken visited ...": the holder names the person.
    if (m && actorOf(a, m, slot)) return (slot !== "place" && appositionPerson(a, m)) || m;
  }
  return null;
}

const SUBJECT_PRONOUNS = new Set(["it", "they"]);
const AUXILIARIES = new Set([
  "was",
  "were",
  "is",
  "are",
  "has",
  "have",
  "had",
  "been",
  "then",
  "also",
  "later",
  "subsequently",
]);

/** Acts a speaker performs by speaking: after "said that ..., and", they are the speaker's. */
const SPEAKER_ACTS = new Set([
  "urged",
  "called",
  "asked",
  "appealed",
  "demanded",
  "pressed",
  "accused",
  "condemned",
  "criticised",
  "criticized",
  "denounced",
  "warned",
  "praised",
  "welcomed",
  "thanked",
  "congratulated",
  "rejected",
  "dismissed",
]);

/**
 * "Erdogan flew into Baku on Monday and was greeted by Aliyev": a verb coordinated with an
 * earlier verb phrase shares its subject, the clause's subject; null when the verb is not
 * coordinated so ("Iran and Russia met").
 */
export function sharedSubject(a: Arguments, ts: number, slot: Slot): Mention | null {
  let k = ts - 1;
  while (k >= 0 && AUXILIARIES.has(a.s.tokens[k]?.lower ?? "")) k--;
  // "India withdrew X's status, and then it raised duties": "it" repeats the clause's subject.
  if (SUBJECT_PRONOUNS.has(a.s.tokens[k]?.lower ?? "") && !a.at[k]) {
    k--;
    while (k >= 0 && AUXILIARIES.has(a.s.tokens[k]?.lower ?? "")) k--;
  }
  if (a.s.tokens[k]?.text === "," && k >= 2) return serialSubject(a, k, ts, slot);
  if (a.s.tokens[k]?.lower !== "and" || k < 2) return null;
  const object = a.at[k - 1];
  // "X said that the ship belonged to Y's fleet, and accused Z": ", and" after a reported clause
  // goes back to the speaker, not to the reported clause's subject.
  const start = clauseStart(a, k);
  const said = (j: number): boolean => a.vp.speechVerbs.has(a.s.tokens[j]?.lower ?? "");
  // "said that ...", "said on Monday that ...": a short phrase may stand before "that".
  const verb = said(start - 1)
    ? start - 1
    : a.s.tokens[start - 1]?.lower === "that"
      ? speechVerbBefore(a, start - 2)
      : -1;
  const reported = verb >= 0;
  // "X said that Taylor \"must not escape\" and called on Y": a quotation closing before "and"
  // ends the reported words, so the verb is the speaker's; "said that Russia attacked X and
  // seized Y" keeps Russia.
  const quoted = /^["”’]$/.test(a.s.tokens[k - 1]?.text ?? "");
  // "X said that Taylor's exile did not end the matter and urged Nigeria ...": a reported clause
  // about what an actor owns, or about no actor at all ("that the project was normal and
  // accused Y"), names no one who urges; a speaker's act after it is the speaker's.
  const reportedSubject = reported ? clauseSubject(a, k, slot) : null;
  const owned =
    reported &&
    SPEAKER_ACTS.has(a.s.tokens[ts]?.lower ?? "") &&
    (!reportedSubject || isPossessive(a.s.tokens[reportedSubject.tj]));
  const speaker = reported && (quoted || owned) ? searchLeft(a, verb, slot, 8) : null;
  const subject =
    relativeAntecedent(a, k, slot) ??
    (reported
      ? (speakerBefore(a, k, slot, true) ?? speaker ?? clauseSubject(a, k, slot))
      : (clauseSubject(a, k, slot) ?? speakerBefore(a, k, slot)));
  if (!object) return subject;
  // "he met Zelensky and urged him": a name ending a verb phrase ("met Zelensky") is that
  // verb's object, and the next verb's subject is the clause's; "Iran and Russia met" has none.
  if (!subject || subject === object || subject.id === object.id) return null;
  for (let i = subject.tj; i < object.ti; i++) {
    const w = a.s.tokens[i]?.lower ?? "";
    // "has proposed a plan for southern Mexico and has asked Washington": any past verb.
    if (!a.at[i] && (a.vp.verbFirst.has(w) || isPast(w))) return subject;
  }
  return null;
}

/**
 * "The junta that deposed X expelled Y": X is the object of a relative clause's verb ("that",
 * "which" or "who" and one or two words before it), not the subject of what follows.
 */
export function objectOfRelative(a: Arguments, m: Mention): boolean {
  return relativePronounBefore(a, m) >= 0;
}

/** The index of the "that"/"which"/"who" opening the relative clause m is the object in, or -1. */
function relativePronounBefore(a: Arguments, m: Mention): number {
  const tokens = a.s.tokens;
  let v = m.ti - 1;
  if (tokens[v]?.lower === "the") v--;
  for (let k = v; k >= v - 1 && k > 0; k--) {
    const t = tokens[k];
    if (!t?.isWord || a.at[k] || t.cap) return -1;
    // The word after the pronoun is the clause's verb ("that night he asked" is no clause).
    if (["that", "which", "who"].includes(tokens[k - 1]?.lower ?? "") && verbLike(a, t.lower))
      return k - 1;
  }
  return -1;
}

/**
 * The nearest actor left of the verb at ts, unless it is the object of a verb right before the
 * "and" that joins the two: "a meeting condemned Iran and accused Hezbollah" (Iran accuses no
 * one). A place is skipped as always ("visited Port Sudan and met Burhan").
 */
export function leftSubject(a: Arguments, ts: number, slot: Slot): Mention | null {
  const tokens = a.s.tokens;
  const left = searchLeft(a, ts, slot);
  // "Hamas leaders who met Erdogan criticised Israel": the clause is about who the relative
  // pronoun stands for; but in "which accuses him of backing X", the object of "accuses" backs X.
  const gerund = /ing$/.test(tokens[ts]?.lower ?? "") && tokens[ts - 1]?.lower === "of";
  const pronoun = left && !gerund ? relativePronounBefore(a, left) : -1;
  if (pronoun >= 0) return searchLeft(a, pronoun, slot, 3);
  let k = ts - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]?.lower ?? "")) k--;
  if (!left || tokens[k]?.lower !== "and" || a.at[k - 1] !== left) return left;
  /** The word before mention m and its "the", unless a name. */
  const wordBefore = (m: Mention): string => {
    const v = tokens[m.ti - 1]?.lower === "the" ? m.ti - 2 : m.ti - 1;
    return a.at[v] ? "" : (tokens[v]?.lower ?? "");
  };
  // "demanded the release of X and Y and asked Z": the object of a preposition, with those
  // coordinated with it, asks nothing.
  if (wordBefore(coordinated(a, left, slot, -1)[0] ?? left) === "of") return null;
  return a.vp.verbFirst.has(wordBefore(left)) ? null : left;
}

const IRREGULAR_PAST = new Set([
  "met",
  "held",
  "sent",
  "led",
  "made",
  "took",
  "gave",
  "told",
  "spoke",
  "flew",
  "went",
  "struck",
  "fought",
  "won",
  "sought",
  "brought",
  "left",
]);
const isPast = (w: string): boolean => /ed$/.test(w) || IRREGULAR_PAST.has(w);

/** A word that reads as a verb: a trigger's first word, or one ending in -ed. */
const verbLike = (a: Arguments, w: string): boolean => a.vp.verbFirst.has(w) || /ed$/.test(w);

/**
 * "X flew to Y last week, met Z and asked him ...": a past-tense verb after a comma that closes
 * an earlier verb phrase of the clause's subject shares that subject; null otherwise.
 */
function serialSubject(a: Arguments, comma: number, ts: number, slot: Slot): Mention | null {
  const tokens = a.s.tokens;
  if (!isPast(tokens[ts]?.lower ?? "")) return null;
  const subject = clauseSubject(a, comma, slot);
  if (!subject) return null;
  const verb = tokens[subject.tj];
  return verb && !a.at[subject.tj] && isPast(verb.lower) ? subject : null;
}

/**
 * "X said the talks were useful, and thanked China": after ", and" closing a reported clause
 * that names no actor, the verb's subject is the speaker who opens the sentence.
 */
function speakerBefore(a: Arguments, k: number, slot: Slot, named = false): Mention | null {
  const tokens = a.s.tokens;
  if (tokens[k - 1]?.text !== ",") return null;
  const first = a.s.mentions.find((m) => m.ti <= 3);
  if (!first || first.tj >= k || !actorOf(a, first, slot)) return null;
  let v = first.tj;
  while (v < first.tj + 3 && !a.vp.speechVerbs.has(tokens[v]?.lower ?? "")) v++;
  if (!a.vp.speechVerbs.has(tokens[v]?.lower ?? "")) return null;
  // The reported clause must name nobody (its subject would be the better candidate), unless
  // the caller knows the verb follows the whole reported clause (`named`).
  if (!named) for (let i = v + 1; i < k - 1; i++) if (a.at[i]) return null;
  return first;
}

/**
 * "Xi, who visited Riyadh and hosted Raisi": the name a ", who" relative clause before token k
 * is about, when k lies in that clause; else null.
 */
export function relativeAntecedent(a: Arguments, k: number, slot: Slot): Mention | null {
  const start = clauseStart(a, k);
  for (let i = k - 1; i >= start && k - i <= 20; i--) {
    if (a.s.tokens[i]?.lower !== "who" || a.s.tokens[i - 1]?.text !== ",") continue;
    // The name may end in a word the recogniser left out ("President Xi| Jinping").
    return searchLeft(a, i - 1, slot, 3);
  }
  return null;
}

/** "After meeting Xi, Putin said": an opening participle's subject is the main clause's. */
export function mainSubject(a: Arguments, slot: Slot): Mention | null {
  return a.introComma >= 0
    ? clauseSubject(a, Math.min(a.s.tokens.length, a.introComma + 6), slot)
    : null;
}

/** "Putin came after Biden ended his tour": "his" is the nearest person named before it. */
function nearestPerson(a: Arguments, k: number): Mention | null {
  for (let i = k - 1; i >= 0; i--) {
    if (isBoundary(a, i)) return null;
    const m = a.at[i];
    if (m?.kind === "Person") return m;
  }
  return null;
}

/** The owner of a noun ("Russia's invasion", "Russian invasion", "its invasion"), or null. */
export function ownerOf(a: Arguments, ts: number, slot: Slot): Mention | null {
  // "broke off relations with X in solidarity with Y": a phrase opening on a preposition has
  // no owner of its own; it is the clause subject's.
  if (a.s.tokens[ts]?.lower === "in") return null;
  let k = ts - 1;
  for (let skipped = 0; skipped <= 3 && k >= 0; skipped++, k--) {
    const t = a.s.tokens[k] as Token;
    if (isPossessive(t)) {
      const m = a.at[k - 1];
      return m && actorOf(a, m, slot, true) ? m : null;
    }
    const m = a.at[k];
    if (m) return actorOf(a, m, slot, true) ? m : null;
    if (t.lower === "his" || t.lower === "her")
      return nearestPerson(a, k) ?? clauseSubject(a, k, slot);
    if (t.lower === "its" || t.lower === "their") {
      // "since it launched its invasion": the subject right before the possessive.
      for (let i = k - 1; i >= 0 && i >= k - 3; i--) {
        const near = a.at[i];
        if (near?.via === "pronoun" && near.kind !== "Person")
          return actorOf(a, near, slot, true) ? near : null;
      }
      return clauseSubject(a, k, slot);
    }
    if (t.text === "-") continue;
    // "Qatar hosted talks between X and Y": no owner across a verb.
    if (
      !t.isWord ||
      t.cap ||
      a.vp.verbFirst.has(t.lower) ||
      a.vp.boundaries.has(t.lower) ||
      ["the", "a", "an", "to"].includes(t.lower)
    )
      return null;
  }
  return null;
}
