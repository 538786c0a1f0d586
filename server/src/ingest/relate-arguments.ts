// Relate: finding the two actors of a trigger in a sentence. Which mentions may stand as an
// actor (a capital yes unless it is a place "in Tehran"; a demonym only before an actor noun
// such as "Iranian drones"; "US" in "the US dollar" no), coordination ("Iran and Russia"),
// and clause limits so an actor is never taken from a clause about something else.
import nlp from "compromise";
import type { Lexicon } from "./load-lexicon.ts";
import type { VerbPatterns } from "./load-verb-patterns.ts";
import type { Mention } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import type { Token } from "./tokenize.ts";

const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;

export type Slot = "agent" | "target" | "place";

export interface Arguments {
  readonly s: AnalysedSentence;
  readonly vp: VerbPatterns;
  readonly lexicon: Lexicon;
  readonly at: (Mention | undefined)[];
  /** The comma closing an opening phrase ("Facing US sanctions, Iran ..."), or -1. */
  readonly introComma: number;
  /**
   * Relative clauses set off by commas after a name ("Washington, which partners with the SDF,
   * has urged ..."): closing comma -> opening comma. A search from outside skips them whole.
   */
  readonly parens: Map<number, number>;
}

const RELATIVES = new Set(["which", "who", "whose", "where"]);

/** ", which/who/whose/where ... ," after a mention: the parenthesis's closing -> opening comma. */
function relativeParens(s: AnalysedSentence, at: readonly (Mention | undefined)[]): Map<number, number> {
  const parens = new Map<number, number>();
  const tokens = s.tokens;
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k]?.text !== "," || !RELATIVES.has(tokens[k + 1]?.lower ?? "") || !at[k - 1]) continue;
    for (let c = k + 2; c < tokens.length && c - k <= 30; c++) {
      const t = tokens[c] as Token;
      if (t.text === ";" || t.text === "(" || t.text === ")" || t.text === "—" || t.text === "–") break;
      if (t.text !== ",") continue;
      // "with the SDF, Turkey and Iraq": a comma inside a list does not close the clause.
      if (at[c + 1] || tokens[c + 1]?.lower === "and") continue;
      if (c + 1 < tokens.length) parens.set(c, k);
      break;
    }
  }
  return parens;
}

const INTRO_WORDS = new Set(["in", "after", "during", "despite", "since", "following", "amid", "with", "for", "while", "as", "on", "at", "before", "according", "citing", "under", "unlike", "like", "regarding", "meanwhile"]);

export function argumentsOf(s: AnalysedSentence, vp: VerbPatterns, lexicon: Lexicon): Arguments {
  const at: (Mention | undefined)[] = new Array(s.tokens.length);
  for (const m of s.mentions) for (let k = m.ti; k < m.tj; k++) at[k] = m;
  const first = s.tokens[0]?.lower ?? "";
  const intro = INTRO_WORDS.has(first) || /^[a-z]+ing$/.test(first);
  const comma = intro ? s.tokens.findIndex((t, k) => k < 30 && t.text === ",") : -1;
  return { s, vp, lexicon, at, introComma: comma, parens: relativeParens(s, at) };
}

const isPossessive = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === "’s";

/**
 * The actor id a mention stands for in a slot, or null when it cannot be an actor there.
 * `governed`: the mention directly follows a trigger ending in a preposition ("fired missiles
 * at Israel"), so that preposition makes it no place.
 */
export function actorOf(a: Arguments, m: Mention, slot: Slot, modifierOk = false, governed = false): string | null {
  const tokens = a.s.tokens;
  const prev = tokens[m.ti - 1];
  const next = tokens[m.tj];
  const locative = !!prev && a.vp.locative.has(prev.lower) && !governed;
  if (m.kind === "Location") {
    if (slot === "place") return m.id;
    if (m.actsFor && !locative) return m.actsFor;
    return null;
  }
  if (slot === "place") return m.kind === "Country" && m.via !== "demonym" ? m.id : null;
  if (locative && m.kind === "Country") return null;
  const nounAfter = next?.isWord && !next.cap ? next.lower : null;
  if (m.via === "demonym") {
    if (modifierOk) return m.id;
    return nounAfter && a.lexicon.actorNouns.has(nounAfter) ? m.id : null;
  }
  // "Russia and Iran back the regime": a verb trigger right after the name is no noun it modifies.
  const verbAfter = slot === "agent" && !!nounAfter && a.vp.verbFirst.has(nounAfter);
  if (nounAfter && m.kind !== "Person" && !modifierOk && !verbAfter && !a.lexicon.actorNouns.has(nounAfter)) {
    // "the US dollar": a name used as a modifier of a thing is no actor.
    const tag = compromiseLexicon[nounAfter] ?? "";
    if (/Noun|Singular|Plural|Currency/.test(tag) && !/Verb/.test(tag)) return null;
  }
  return m.id;
}

export function isBoundary(a: Arguments, k: number, rightward = false): boolean {
  const t = a.s.tokens[k];
  if (!t) return false;
  if (k === a.introComma || a.vp.boundaries.has(t.lower)) return true;
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
  for (const [close, open] of a.parens) if (k >= open && k <= close && !(from >= open && from <= close)) return true;
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

/** Mentions coordinated with m ("Iran and Russia", "Tehran, Moscow and Ankara"). */
export function coordinated(a: Arguments, m: Mention, slot: Slot, dir: -1 | 1): Mention[] {
  const group = [m];
  let cur = m;
  for (;;) {
    let k = dir === 1 ? cur.tj : pastCounterpart(a, cur.ti - 1, -1);
    let joined = false;
    while (k >= 0 && k < a.s.tokens.length && k !== a.introComma) {
      const t = a.s.tokens[k] as Token;
      if (t.text === "," || t.lower === "and" || t.lower === "&" || t.lower === "both" || (t.lower === "as" && a.s.tokens[k + dir]?.lower === "well")) {
        joined ||= t.text === "," || t.lower === "and" || t.lower === "&";
        k += dir;
        continue;
      }
      if (t.lower === "well" && a.s.tokens[k + dir]?.lower === "as") {
        k += dir;
        continue;
      }
      break;
    }
    if (dir === 1 && joined) k = pastCounterpart(a, k, 1);
    const other = a.at[k];
    const compound = a.s.tokens[other?.tj ?? 0]?.text === "-";
    if (!joined || !other || other === cur || compound || !actorOf(a, other, slot)) break;
    group.push(other);
    cur = other;
  }
  return dir === 1 ? group : group.reverse();
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
    const inner = a.at[k - 1];
    if (a.s.tokens[k]?.text === ")" && inner && a.s.tokens[inner.ti - 1]?.text === "(") continue;
    if (isBoundary(a, k)) return null;
    const m = a.at[k];
    if (m && actorOf(a, m, slot)) return m;
    if (m) k = m.ti;
  }
  return null;
}

/** Nearest actor mention right of token `from`; a possessor gives way to what it owns. */
export function searchRight(a: Arguments, from: number, slot: Slot, max = 9): Mention | null {
  for (let k = from; k < a.s.tokens.length && k - from < max; k++) {
    if (isBoundary(a, k, true)) return null;
    const m = a.at[k];
    if (!m) continue;
    // "fought the Iran-backed Houthis": the name glued to a modifier is not the object.
    const glued = a.s.tokens[m.tj]?.text === "-" && /^[a-z]+$/.test(a.s.tokens[m.tj + 1]?.text ?? "");
    if (glued) {
      k = m.tj;
      continue;
    }
    if (actorOf(a, m, slot, false, m.ti === from)) {
      if (isPossessive(a.s.tokens[m.tj])) {
        const owned = [1, 2, 3, 4].map((d) => a.at[m.tj + d]).find((x) => x && actorOf(a, x, slot));
        if (owned) return owned;
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
export function appositionPerson(a: Arguments, m: Mention): Mention | null {
  if (m.kind === "Person") return null;
  const tokens = a.s.tokens;
  let k = m.tj;
  const possessive = isPossessive(tokens[k]);
  if (possessive) k++;
  for (let n = 0; n < 5 && k < tokens.length; n++, k++) {
    const p = a.at[k];
    if (p) {
      if (p.kind !== "Person") return null;
      // The words in between end with a role ("chief", "foreign minister"), or the person's
      // mention took the role in as a title ("Foreign Minister X").
      const roles = a.lexicon.rolesByLast.get(tokens[k - 1]?.lower ?? "") ?? [];
      return (n === 0 && (possessive || p.title)) || (n > 0 && (roles.length > 0 || p.title)) ? p : null;
    }
    const t = tokens[k] as Token;
    if (!t.isWord || isBoundary(a, k, true)) return null;
  }
  return null;
}

/** The clause's subject: the first actor, when it opens the clause. */
export function clauseSubject(a: Arguments, k: number, slot: Slot): Mention | null {
  const start = clauseStart(a, k);
  for (let i = start; i < k && i - start <= 4; i++) {
    const m = a.at[i];
    if (m && actorOf(a, m, slot)) return m;
  }
  return null;
}

const AUXILIARIES = new Set(["was", "were", "is", "are", "has", "have", "had", "been", "then", "also", "later", "subsequently"]);

/**
 * "Erdogan flew into Baku on Monday and was greeted by Aliyev": a verb coordinated with an
 * earlier verb phrase shares its subject, the clause's subject; null when the verb is not
 * coordinated so ("Iran and Russia met").
 */
export function sharedSubject(a: Arguments, ts: number, slot: Slot): Mention | null {
  let k = ts - 1;
  while (k >= 0 && AUXILIARIES.has(a.s.tokens[k]?.lower ?? "")) k--;
  if (a.s.tokens[k]?.lower !== "and" || a.at[k - 1] || k < 2) return null;
  return clauseSubject(a, k, slot);
}

/** "After meeting Xi, Putin said": an opening participle's subject is the main clause's. */
export function mainSubject(a: Arguments, slot: Slot): Mention | null {
  return a.introComma >= 0 ? clauseSubject(a, Math.min(a.s.tokens.length, a.introComma + 6), slot) : null;
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
  let k = ts - 1;
  for (let skipped = 0; skipped <= 3 && k >= 0; skipped++, k--) {
    const t = a.s.tokens[k] as Token;
    if (isPossessive(t)) {
      const m = a.at[k - 1];
      return m && actorOf(a, m, slot, true) ? m : null;
    }
    const m = a.at[k];
    if (m) return actorOf(a, m, slot, true) ? m : null;
    if (t.lower === "his" || t.lower === "her") return nearestPerson(a, k) ?? clauseSubject(a, k, slot);
    if (t.lower === "its" || t.lower === "their") return clauseSubject(a, k, slot);
    if (t.text === "-" ) continue;
    // "Qatar hosted talks between X and Y": no owner across a verb.
    if (!t.isWord || t.cap || a.vp.verbFirst.has(t.lower) || a.vp.boundaries.has(t.lower) || ["the", "a", "an"].includes(t.lower)) return null;
  }
  return null;
}
