// Relate: a learned fallback for pairs of actors that share a sentence but that no rule relates
// anywhere in the article. A logistic model per relation type scores the words between and
// around the two names; it is trained by scripts/train-relation-model.ts on the held-out sets'
// gold (never on the seeds) and stored in patterns/relation-model.json. Its relations carry a
// lower confidence than the rules' and the sentence they come from as evidence.
import { readFileSync } from "node:fs";
import type { RelationType } from "../graph/vocabulary.ts";
import type { Mention } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";

export interface RelationModel {
  /** Probability a type must reach before a relation is stated. */
  threshold: number;
  types: Record<string, { bias: number; weights: Record<string, number> }>;
}

/** A pair the model may relate: the sentence and the two mentions, `a` the relation's source. */
export interface PairCandidate {
  sentence: AnalysedSentence;
  a: Mention;
  b: Mention;
}

const ACTORS = new Set<Mention["kind"]>(["Person", "Country", "Organisation"]);
/** Pairs further apart than this many words are not scored. */
const MAX_BETWEEN = 15;

let cached: RelationModel | null = null;

/** The committed model, read once. */
export function loadRelationModel(): RelationModel {
  cached ??= JSON.parse(
    readFileSync(new URL("./patterns/relation-model.json", import.meta.url), "utf8"),
  ) as RelationModel;
  return cached;
}

/**
 * Features of the ordered pair (a, b) in a sentence: the kinds, the order, how far apart, the
 * words between the two names (also with the order), three words before and after, and how each
 * name was found. Null when the pair cannot be related (same entity, a place as source, too far).
 */
export function pairFeatures(
  s: AnalysedSentence,
  a: Mention,
  b: Mention,
  named: Uint8Array = namedTokens(s),
): string[] | null {
  if (a.id === b.id || !ACTORS.has(a.kind) || (!ACTORS.has(b.kind) && b.kind !== "Location"))
    return null;
  const [lo, hi] = a.ti < b.ti ? [a, b] : [b, a];
  const words = (from: number, to: number): string[] =>
    s.tokens
      .slice(from, to)
      .filter((t, k) => t.isWord && !named[from + k])
      .map((t) => t.lower);
  const between = words(lo.tj, hi.ti);
  if (between.length > MAX_BETWEEN) return null;
  const dir = a.ti < b.ti ? "fwd" : "rev";
  return [
    `k:${a.kind[0]}${b.kind[0]}`,
    `d:${dir}`,
    `n:${Math.min(between.length, 8)}`,
    ...between.map((w) => `w:${w}`),
    ...between.map((w) => `wd:${dir}:${w}`),
    ...words(Math.max(0, lo.ti - 3), lo.ti).map((w) => `b:${w}`),
    ...words(hi.tj, hi.tj + 3).map((w) => `a:${w}`),
    `via:${a.via}:${b.via}`,
  ];
}

/** 1 for every token inside a mention. */
function namedTokens(s: AnalysedSentence): Uint8Array {
  const named = new Uint8Array(s.tokens.length);
  for (const m of s.mentions) named.fill(1, m.ti, m.tj);
  return named;
}

/** Every ordered pair of distinct entities a sentence names, first mentions only. */
export function pairCandidates(s: AnalysedSentence): PairCandidate[] {
  const out: PairCandidate[] = [];
  const seen = new Set<string>();
  for (const a of s.mentions)
    for (const b of s.mentions) {
      if (a === b || !a.id || !b.id) continue;
      const key = `${a.id}|${b.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ sentence: s, a, b });
    }
  return out;
}

/** A model's weights by feature: one lookup per feature gives its weight for every type. */
interface WeightTable {
  types: RelationType[];
  biases: number[];
  byFeature: Map<string, Float64Array>;
}

const weightTables = new WeakMap<RelationModel, WeightTable>();

function weightTable(model: RelationModel): WeightTable {
  let table = weightTables.get(model);
  if (table) return table;
  const entries = Object.entries(model.types);
  table = {
    types: entries.map(([type]) => type as RelationType),
    biases: entries.map(([, m]) => m.bias),
    byFeature: new Map(),
  };
  for (const [k, [, m]] of entries.entries())
    for (const [f, w] of Object.entries(m.weights)) {
      let row = table.byFeature.get(f);
      if (!row) table.byFeature.set(f, (row = new Float64Array(entries.length)));
      row[k] = w;
    }
  weightTables.set(model, table);
  return table;
}

/** The type the model gives the features, with its probability, or null below the threshold. */
export function scorePair(
  features: readonly string[],
  model: RelationModel,
): { type: RelationType; p: number } | null {
  const { types, biases, byFeature } = weightTable(model);
  // The sums per type, in the features' order (a missing weight adds 0, as it did per type).
  const z = Float64Array.from(biases);
  for (const f of features) {
    const row = byFeature.get(f);
    if (row) for (let k = 0; k < z.length; k++) z[k] = (z[k] as number) + (row[k] as number);
  }
  let best: { type: RelationType; p: number } | null = null;
  for (let k = 0; k < types.length; k++) {
    const p = 1 / (1 + Math.exp(-(z[k] as number)));
    if (p >= model.threshold && (!best || p > best.p)) best = { type: types[k] as RelationType, p };
  }
  return best;
}

/**
 * Relations the model states for the article's pairs, one per pair, best type only. It is silent
 * where the rules have spoken or chose not to: for an entity the rules already related in that
 * sentence (`said` holds, per sentence, the ids the rules' relations there touch), and in a
 * sentence span with a negation, modal, condition or request (`silencing`), from three words
 * before the pair to three after it ("X said Y should be expelled").
 */
export function learnedRelations(
  sentences: readonly AnalysedSentence[],
  said: ReadonlyMap<AnalysedSentence, ReadonlySet<string>>,
  silencing: ReadonlySet<string>,
  model: RelationModel = loadRelationModel(),
): { from: string; type: RelationType; to: string; p: number; sentence: AnalysedSentence }[] {
  const out: ReturnType<typeof learnedRelations> = [];
  const done = new Set<string>();
  for (const s of sentences) {
    if (s.mentions.length < 2) continue;
    const named = namedTokens(s);
    for (const { a, b } of pairCandidates(s)) {
      const key = `${a.id}|${b.id}`;
      const spoken = said.get(s);
      if (done.has(key) || spoken?.has(a.id) || spoken?.has(b.id)) continue;
      const from = Math.max(0, Math.min(a.ti, b.ti) - 3);
      const to = Math.min(s.tokens.length, Math.max(a.tj, b.tj) + 3);
      if (s.tokens.slice(from, to).some((t) => silencing.has(t.lower))) continue;
      const features = pairFeatures(s, a, b, named);
      if (!features) continue;
      const hit = scorePair(features, model);
      if (!hit) continue;
      done.add(key);
      out.push({ from: a.id, type: hit.type, to: b.id, p: hit.p, sentence: s });
    }
  }
  return out;
}
