// Relate: relations an apposition's noun states about the name it follows: "Iran, Hezbollah's
// main backer, ...", "China, Pakistan's closest partner, ...", "X, a close ally of Y, ...",
// "Berri, a Hezbollah ally, ...". The nouns are the lexicon's `relationNouns`. The apposition
// is also a parenthesis for argument search: its name is no actor of the sentence's verb.
import type { RelationType } from "../graph/vocabulary.ts";
import type { Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { isPossessive, type Token } from "./tokenize.ts";

export interface RelationalApposition {
  /** The name the apposition describes, and the actor its noun relates it to. */
  head: Mention;
  other: Mention;
  type: RelationType;
  /** Comma opening the apposition, and the comma closing it (-1 at the sentence's end). */
  open: number;
  close: number;
}

const ARTICLES = new Set(["the", "a", "an"]);
const RELATIVES = new Set(["who", "whose", "which"]);
const OWNING = new Set(["its", "their", "his", "her"]);
const COPULAS = new Set(["is", "remains", "was", "remained"]);
/** Adverbs between a copula and its noun phrase: "is still Vietnam's main supplier". */
const COPULA_ADVERBS = new Set(["still", "now", "also", "already", "long", "increasingly"]);
const MAX_MODIFIERS = 3;
/** Nouns by which one person backs another ("Correa's closest ally"). */
const ALLY = new Set(["ally", "allies"]);
/** Prepositions of a phrase that bounds the noun: "ally in the region", "partner on the continent". */
const SCOPE_PREPOSITIONS = new Set(["in", "on", "within", "among"]);

/** The relation noun ending the modifiers from k ("main backer", "long-time ally"): its index, or -1. */
function relationNounAt(
  tokens: readonly Token[],
  k: number,
  lexicon: Lexicon,
  at: readonly (Mention | undefined)[],
): number {
  for (let n = 0, i = k; n <= MAX_MODIFIERS && i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (at[i]) return -1;
    if (t.text === "-") continue;
    if (!t.isWord || t.cap) return -1;
    const type = lexicon.relationNouns.get(t.lower);
    if (type) {
      // "main supplier of weapons", "largest arms supplier": some nouns need a cue nearby.
      const cues = lexicon.relationNounCues.get(type);
      const near = tokens.slice(k, i + 4).map((x) => x.lower);
      return !cues || near.some((w) => cues.has(w)) ? i : -1;
    }
    n++;
  }
  return -1;
}

function actorLike(m: Mention | undefined): m is Mention {
  return !!m && m.via !== "demonym" && (m.kind !== "Location" || !!m.actsFor);
}

const idOf = (m: Mention): string => (m.kind === "Location" && m.actsFor ? m.actsFor : m.id);

export function relationalAppositions(
  s: AnalysedSentence,
  lexicon: Lexicon,
  at: readonly (Mention | undefined)[],
): RelationalApposition[] {
  const tokens = s.tokens;
  const out: RelationalApposition[] = [];
  for (const owner of s.mentions) {
    if (!actorLike(owner)) continue;
    // "Hezbollah's ally Amal", "Russia and its ally Belarus": the noun names the actor after it.
    const poss = isPossessive(tokens[owner.tj])
      ? owner.tj + 1
      : tokens[owner.tj]?.lower === "and" && OWNING.has(tokens[owner.tj + 1]?.lower ?? "")
        ? owner.tj + 2
        : -1;
    const noun = poss < 0 ? -1 : relationNounAt(tokens, poss, lexicon, at);
    const named = noun < 0 ? undefined : at[noun + 1];
    if (actorLike(named) && idOf(named) !== idOf(owner)) {
      const type = lexicon.relationNouns.get((tokens[noun] as Token).lower) as RelationType;
      out.push({ head: named, other: owner, type, open: noun, close: -1 });
    }
  }
  for (const head of s.mentions) {
    if (!actorLike(head)) continue;
    // "China is Cambodia's closest partner", "Russia has long been its main supplier": a
    // copula states the same.
    let k = head.tj;
    if (["has", "have", "had"].includes(tokens[k]?.lower ?? "")) {
      const been =
        tokens[k + 1]?.lower === "been" ? k + 1 : tokens[k + 2]?.lower === "been" ? k + 2 : -1;
      if (been > 0 && (been === k + 1 || COPULA_ADVERBS.has(tokens[k + 1]?.lower ?? ""))) k = been;
    }
    const copula = COPULAS.has(tokens[k]?.lower ?? "") || tokens[k]?.lower === "been";
    if (!copula && tokens[head.tj]?.text !== ",") continue;
    const open = head.tj;
    k++;
    while (copula && COPULA_ADVERBS.has(tokens[k]?.lower ?? "")) k++;
    // "Slovakia was among Ukraine's most committed backers": one of several is still one.
    if (copula && tokens[k]?.lower === "among") k++;
    const article = ARTICLES.has(tokens[k]?.lower ?? "") ? (tokens[k] as Token).lower : null;
    if (article) k++;
    let other: Mention | undefined;
    let noun = -1;
    const first = at[k];
    if (actorLike(first) && isPossessive(tokens[first.tj])) {
      // "Iran, Hezbollah's main backer"
      other = first;
      noun = relationNounAt(tokens, first.tj + 1, lexicon, at);
    } else if (actorLike(first) && article) {
      // "Berri, a Hezbollah ally", "Pellegrini, the Fico ally"
      other = first;
      noun = relationNounAt(tokens, first.tj, lexicon, at);
      if (noun !== first.tj) noun = -1;
    } else if (article === "a" || article === "an" || article === "the") {
      // "X, a close ally of Y", "X, the main backer of Y"
      noun = relationNounAt(tokens, k, lexicon, at);
      if (noun >= 0 && tokens[noun + 1]?.lower === "of") {
        const j = tokens[noun + 2]?.lower === "the" ? noun + 3 : noun + 2;
        other = actorLike(at[j]) ? at[j] : undefined;
      } else noun = -1;
    }
    if (!other || noun < 0 || idOf(other) === idOf(head)) continue;
    let end = tokens[noun + 1]?.lower === "of" ? other.tj : noun + 1;
    // "Correa's closest ally in the region,": a short place phrase before the closing comma.
    if (SCOPE_PREPOSITIONS.has(tokens[end]?.lower ?? "")) {
      const comma = tokens.findIndex((t, i) => i > end && i <= end + 5 && t.text === ",");
      if (comma > 0 && !at.slice(end, comma).some((m) => m?.kind === "Person")) end = comma;
    }
    // "North Korea's main ally and trading partner,": a second noun of the same phrase.
    if (tokens[end]?.lower === "and") {
      const comma = tokens.findIndex((t, i) => i > end + 1 && i <= end + 4 && t.text === ",");
      if (
        comma > 0 &&
        tokens.slice(end + 1, comma).every((t, i) => t.isWord && !t.cap && !at[end + 1 + i])
      )
        end = comma;
    }
    const next = tokens[end];
    const close = next?.text === "," ? end : -1;
    // After a copula the noun phrase may go on ("... partner and paid for ..."); a relative
    // clause ends it ("the Fico ally who won the run-off").
    if (
      !copula &&
      next &&
      close < 0 &&
      next.text !== "." &&
      next.isWord &&
      !RELATIVES.has(next.lower)
    )
      continue;
    const word = (tokens[noun] as Token).lower;
    // "Chávez, Correa's closest ally": one person's ally backs the other.
    const backer = ALLY.has(word) && head.kind === "Person" && other.kind === "Person";
    const type = backer ? "SUPPORTS" : (lexicon.relationNouns.get(word) as RelationType);
    out.push({ head, other, type, open, close });
  }
  return out;
}
