// Relate: criticism that no criticism verb states. (1) Reported speech: a speaker who says that
// an actor is or does something negative ("the Leader said the US has become weaker", "X said
// the West's deceptive policies ...", "“The West is a bully,” he said") criticises it; only the
// evaluative words of verb-patterns.yaml count, and only about the reported clause's subject or
// the owner of the evaluated noun. (2) Rights groups' reports: an NGO of the knowledge base, a
// report verb and an abuse word in one sentence ("HRW documented torture in X") criticise the
// countries the sentence names. Precision first: no evaluative word, no relation.
import type { KbIndex } from "./kb-index.ts";
import type { Lexicon } from "./load-lexicon.ts";
import type { VerbPatterns } from "./load-verb-patterns.ts";
import type { Mention } from "./mention.ts";
import { actorOf, argumentsOf, clauseSubject, coordinated, type Arguments } from "./relate-arguments.ts";
import type { SentenceRelation } from "./relate-sentence.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import type { Token } from "./tokenize.ts";

/** Where a reported clause stops being about its subject. */
const STOPS = new Set([";", "but", "while", "whereas", "although", "though", "because", "unless", "if"]);
const FILLERS = new Set(["that", "of", "course", "today", "now", "also", "the", "“", "”", '"', ",", "'", "‘", "’"]);
const isPossessive = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === "’s";

function evaluativeAt(tokens: readonly Token[], k: number, vp: VerbPatterns): number {
  for (const p of vp.evaluative) if (p.every((w, d) => tokens[k + d]?.lower === w)) return p.length;
  return 0;
}

const negated = (tokens: readonly Token[], k: number, vp: VerbPatterns): boolean =>
  vp.negation.has(tokens[k]?.lower ?? "") || (tokens[k]?.lower === "n" && tokens[k + 2]?.lower === "t") || tokens[k]?.lower === "nt";

interface Speech {
  speaker: Mention;
  /** Token range of what was said. */
  from: number;
  to: number;
}

/** The speaker and the reported clause of the speech verb at token k, or null. */
function speechAt(a: Arguments, k: number): Speech | null {
  const tokens = a.s.tokens;
  const n = tokens.length;
  const isActor = (m: Mention | undefined): m is Mention => !!m && m.kind !== "Location" && !!actorOf(a, m, "agent", true);
  // "X said ...", "X also said ...", "The Leader said ...", "he said."
  let speaker: Mention | null = null;
  for (let i = k - 1; i >= 0 && k - i <= 3; i--) {
    const m = a.at[i];
    if (m) {
      if (isActor(m)) speaker = m;
      break;
    }
    if (!(tokens[i] as Token).isWord || negated(tokens, i, a.vp) || a.vp.hypothetical.has((tokens[i] as Token).lower)) return null;
  }
  // "..., adding that ...": the subject of the clause before.
  if (!speaker && tokens[k - 1]?.text === "," && /ing$/.test(tokens[k]?.lower ?? "")) {
    const subject = clauseSubject(a, k - 1, "agent");
    if (isActor(subject ?? undefined)) speaker = subject;
  }
  if (speaker) {
    // Nothing but punctuation after the verb: what was said came before the speaker.
    const rest = tokens.slice(k + 1).filter((t) => t.isWord).length;
    return rest === 0 ? { speaker, from: 0, to: speaker.ti } : { speaker, from: k + 1, to: n };
  }
  // "“...,” said X".
  const after = a.at[k + 1] ?? (tokens[k + 1]?.lower === "the" ? a.at[k + 2] : undefined);
  if (isActor(after) && tokens[k - 1] && /^[,”"’]$/.test(tokens[k - 1]?.text ?? "")) return { speaker: after, from: 0, to: k };
  return null;
}

/** The actors of the reported clause that it evaluates negatively. */
function evaluated(a: Arguments, sp: Speech): Mention[] {
  const tokens = a.s.tokens;
  const vp = a.vp;
  const out: Mention[] = [];
  // Subject: "the US and West have become weaker", "America and the West are declining".
  let k = sp.from;
  while (k < sp.to && FILLERS.has(tokens[k]?.lower ?? "") && !a.at[k]) k++;
  const first = a.at[k];
  if (first && first !== sp.speaker && actorOf(a, first, "agent", true)) {
    const group = coordinated(a, first, "agent", 1);
    const end = (group[group.length - 1] as Mention).tj;
    for (let i = end; i < Math.min(sp.to, end + 10); i++) {
      const t = tokens[i] as Token;
      if (a.at[i] || STOPS.has(t.lower) || negated(tokens, i, vp) || vp.hypothetical.has(t.lower)) break;
      if (evaluativeAt(tokens, i, vp) > 0) {
        out.push(...group);
        break;
      }
    }
  }
  // Owner: "the West's deceptive policies".
  for (const m of a.s.mentions) {
    if (m.ti < sp.from || m.tj > sp.to || m === sp.speaker || !isPossessive(tokens[m.tj])) continue;
    if (!actorOf(a, m, "agent", true)) continue;
    if ([1, 2].some((d) => evaluativeAt(tokens, m.tj + d, vp) > 0)) out.push(m);
  }
  return out;
}

/** Countries and bodies a person works for, so self-criticism is never read as criticism. */
function ownSide(person: string, kb: KbIndex): Set<string> {
  const own = new Set<string>();
  for (const r of kb.rolesOf.get(person) ?? []) {
    own.add(r.of);
    const c = kb.countryOf.get(r.of);
    if (c) own.add(c);
  }
  return own;
}

export function relateSpeech(s: AnalysedSentence, vp: VerbPatterns, lexicon: Lexicon, kb: KbIndex): SentenceRelation[] {
  const tokens = s.tokens;
  if (s.mentions.length < 2) return [];
  const a = argumentsOf(s, vp, lexicon);
  const out: SentenceRelation[] = [];
  const add = (from: Mention, to: Mention, at: number, confidence: number): void => {
    const x = actorOf(a, from, "agent", true) ?? from.id;
    const y = actorOf(a, to, "target", true) ?? to.id;
    if (x === y || ownSide(x, kb).has(y)) return;
    out.push({ from: x, type: "CRITICIZES", to: y, confidence, mode: null, at });
  };
  for (let k = 0; k < tokens.length; k++) {
    if (a.at[k] || !vp.speechVerbs.has((tokens[k] as Token).lower)) continue;
    const sp = speechAt(a, k);
    if (!sp) continue;
    for (const target of evaluated(a, sp)) add(sp.speaker, target, k, 0.6);
  }
  // Rights groups' reports.
  const ngo = s.mentions.find((m) => m.kind === "Organisation" && kb.byId.get(m.id)?.props["type"] === "ngo");
  if (ngo) {
    const verb = tokens.findIndex((t) => vp.reportVerbs.has(t.lower));
    if (verb >= 0 && tokens.some((t) => vp.abuses.has(t.lower))) {
      for (const m of s.mentions) {
        if (m.kind !== "Country" || (m.via === "demonym" && !actorOf(a, m, "target"))) continue;
        add(ngo, m, verb, 0.6);
      }
    }
  }
  return out;
}
