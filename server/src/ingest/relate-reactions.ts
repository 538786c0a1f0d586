// Relate: reactions to a deed the sentence names only by its noun. "Iraq condemned the strikes"
// names no one who struck; the article said earlier (or in the same sentence) who did, and the
// reaction criticises that actor. The deed is the most recent relation of a type the noun recalls
// (verb-patterns.yaml `reactions:`), so "the strikes" after "Israel struck Iran" is Israel's.
// Precision first: a named actor between the verb and the noun, a negation or a hypothetical
// before the verb, or no earlier deed of the right type, and there is no relation.
import { ownSide, type KbIndex } from "./kb-index.ts";
import type { Lexicon } from "./load-lexicon.ts";
import type { VerbPatterns } from "./load-verb-patterns.ts";
import type { Mention } from "./mention.ts";
import {
  actorOf,
  argumentsOf,
  coordinated,
  sharedSubject,
  searchLeft,
} from "./relate-arguments.ts";
import type { SentenceRelation } from "./relate-sentence.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import type { RelationType } from "../graph/vocabulary.ts";

/** Words between the verb and the deed noun: "the", "Saturday's", "what it called a". */
const NOUN_PHRASE_WORDS = new Set([
  "the",
  "these",
  "this",
  "those",
  "that",
  "latest",
  "recent",
  "overnight",
  "deadly",
  "weekend",
  "air",
  "military",
  "missile",
  "drone",
  "ground",
  "what",
  "it",
  "they",
  "called",
  "described",
  "as",
  "a",
  "an",
  "blatant",
  "flagrant",
  "clear",
  "unprovoked",
  "brutal",
  "new",
  "'s",
  "’s",
]);

const MAX_GAP = 6;

export interface SentenceWithRelations {
  s: AnalysedSentence;
  relations: readonly SentenceRelation[];
}

/** Token index and recalled types of the deed noun a reaction verb at k governs, or null. */
function deedAfter(
  s: AnalysedSentence,
  at: readonly (Mention | undefined)[],
  k: number,
  vp: VerbPatterns,
): [number, RelationType[]] | null {
  const tokens = s.tokens;
  for (let j = k + 1; j < tokens.length && j <= k + MAX_GAP; j++) {
    const t = tokens[j];
    if (!t || at[j]) return null;
    const types = vp.deeds.get(t.lower);
    if (types) return [j, types];
    // "Saturday's strikes", "the October 1 attack": a day or a date before the noun.
    if (!NOUN_PHRASE_WORDS.has(t.lower) && !t.cap && !/^\d+$/.test(t.text)) return null;
  }
  return null;
}

const NEGATION_SPAN = 3;

/**
 * Reactions in sentence `index` of an article whose earlier sentences' relations are in
 * `article` (in order, this sentence's own included), as relations of this sentence.
 */
export function relateReactions(
  article: readonly SentenceWithRelations[],
  index: number,
  vp: VerbPatterns,
  lexicon: Lexicon,
  kb: KbIndex,
): SentenceRelation[] {
  const here = article[index];
  if (!here) return [];
  const s = here.s;
  const tokens = s.tokens;
  if (!tokens.some((t) => vp.reactionVerbs.has(t.lower))) return [];
  const a = argumentsOf(s, vp, lexicon);
  const out: SentenceRelation[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (a.at[k] || !vp.reactionVerbs.has((tokens[k] as { lower: string }).lower)) continue;
    const deed = deedAfter(s, a.at, k, vp);
    if (!deed) continue;
    let hedged = false;
    for (let j = k - 1; j >= 0 && j >= k - NEGATION_SPAN; j--) {
      const w = tokens[j]?.lower ?? "";
      if (vp.negation.has(w) || vp.hypothetical.has(w)) hedged = true;
    }
    if (hedged) continue;
    const critic = sharedSubject(a, k, "agent") ?? searchLeft(a, k, "agent");
    if (!critic) continue;
    const noun = tokens[deed[0]]?.lower ?? "";
    for (const m of coordinated(a, critic, "agent", -1)) {
      const from = actorOf(a, m, "agent", true) ?? m.id;
      for (const doer of latestDoers(article, index, deed[1], noun, k, from)) {
        if (from === doer || sameSide(from, doer, kb)) continue;
        out.push({ from, type: "CRITICIZES", to: doer, confidence: 0.55, mode: null, at: k });
      }
    }
  }
  return out;
}

/**
 * The doers of the most recent relation of one of `types` up to token `before` of sentence
 * `index` that `critic` is not allied with in the article so far; one whose trigger is the
 * deed's own word ("strikes" for "the strikes") before any other. Every agent of that trigger
 * ("the US and Britain struck") is a doer.
 */
function latestDoers(
  article: readonly SentenceWithRelations[],
  index: number,
  types: readonly RelationType[],
  noun: string,
  before: number,
  critic: string,
): string[] {
  const allies = new Set<string>();
  for (let i = 0; i <= index; i++)
    for (const r of article[i]?.relations ?? []) {
      if (!ALLIED.has(r.type)) continue;
      if (r.from === critic) allies.add(r.to);
      if (r.to === critic) allies.add(r.from);
    }
  const stem = noun.slice(0, 5);
  for (const sameWord of [true, false])
    for (let i = index; i >= 0; i--) {
      const sentence = article[i];
      if (!sentence) continue;
      const rels = sentence.relations
        .filter(
          (r) =>
            types.includes(r.type) &&
            (i < index || r.at < before) &&
            !allies.has(r.from) &&
            (!sameWord || sentence.s.tokens[r.at]?.lower.startsWith(stem)),
        )
        .sort((x, y) => y.at - x.at);
      const last = rels[0];
      if (last) return [...new Set(rels.filter((r) => r.at === last.at).map((r) => r.from))];
    }
  return [];
}

/** Relations that make two actors allies: an ally's deed is not what one condemns. */
const ALLIED = new Set<RelationType>(["SUPPORTS", "AIDS", "SUPPLIES_ARMS_TO", "COOPERATES_WITH"]);

/** A person and the country or body they serve are one side. */
function sameSide(x: string, y: string, kb: KbIndex): boolean {
  const sides = (id: string): Set<string> => {
    const out = ownSide(id, kb).add(id);
    const c = kb.countryOf.get(id);
    if (c) out.add(c);
    return out;
  };
  const a = sides(x);
  return [...sides(y)].some((id) => a.has(id));
}
