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
import {
  actorOf,
  argumentsOf,
  clauseSubject,
  coordinated,
  type Arguments,
} from "./relate-arguments.ts";
import type { SentenceRelation } from "./relate-sentence.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import type { Token } from "./tokenize.ts";

/** Where a reported clause stops being about its subject. */
const STOPS = new Set([
  ";",
  "but",
  "while",
  "whereas",
  "although",
  "though",
  "because",
  "unless",
  "if",
]);
const FILLERS = new Set([
  "that",
  "of",
  "course",
  "today",
  "now",
  "also",
  "the",
  "both",
  "“",
  "”",
  '"',
  ",",
  "'",
  "‘",
  "’",
]);
const isPossessive = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === "’s";

function evaluativeAt(tokens: readonly Token[], k: number, vp: VerbPatterns): number {
  for (const p of vp.evaluative) if (p.every((w, d) => tokens[k + d]?.lower === w)) return p.length;
  return 0;
}

const negated = (tokens: readonly Token[], k: number, vp: VerbPatterns): boolean =>
  vp.negation.has(tokens[k]?.lower ?? "") ||
  (tokens[k]?.lower === "n" && tokens[k + 2]?.lower === "t") ||
  tokens[k]?.lower === "nt";

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
  const isActor = (m: Mention | undefined): m is Mention =>
    !!m && m.kind !== "Location" && !!actorOf(a, m, "agent", true);
  // "X said ...", "X also said ...", "The Leader said ...", "he said."
  let speaker: Mention | null = null;
  for (let i = k - 1; i >= 0 && k - i <= 3; i--) {
    const m = a.at[i];
    if (m) {
      if (isActor(m)) speaker = m;
      break;
    }
    // "..., adding that": handled below.
    if (i === k - 1 && tokens[i]?.text === "," && /ing$/.test(tokens[k]?.lower ?? "")) break;
    if (
      !(tokens[i] as Token).isWord ||
      negated(tokens, i, a.vp) ||
      a.vp.hypothetical.has((tokens[i] as Token).lower)
    )
      return null;
  }
  // "..., adding that ...": the subject of the clause before.
  if (!speaker && tokens[k - 1]?.text === "," && /ing$/.test(tokens[k]?.lower ?? "")) {
    const subject = clauseSubject(a, k - 1, "agent");
    if (isActor(subject ?? undefined)) speaker = subject;
    // "X said that ..., stressing that ...": the speaker of the sentence's earlier speech verb.
    for (let j = k - 2; !speaker && j >= 0; j--) {
      if (
        !a.at[j] &&
        a.vp.speechVerbs.has((tokens[j] as Token).lower) &&
        !/ing$/.test((tokens[j] as Token).lower)
      )
        speaker = speechAt(a, j)?.speaker ?? null;
    }
  }
  if (speaker) {
    // Nothing but punctuation after the verb: what was said came before the speaker.
    const rest = tokens.slice(k + 1).filter((t) => t.isWord).length;
    return rest === 0 ? { speaker, from: 0, to: speaker.ti } : { speaker, from: k + 1, to: n };
  }
  // "“...,” said X".
  const after = a.at[k + 1] ?? (tokens[k + 1]?.lower === "the" ? a.at[k + 2] : undefined);
  if (isActor(after) && tokens[k - 1] && /^[,”"’]$/.test(tokens[k - 1]?.text ?? ""))
    return { speaker: after, from: 0, to: k };
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
    for (let i = end, n = 0; i < sp.to && n < 10; i++, n++) {
      // "Washington, which had trained the army, bore responsibility": skip the relative clause.
      const skip = [...a.parens].find(([, open]) => open === i);
      if (skip) i = skip[0] + 1;
      const t = tokens[i] as Token;
      if (!t) break;
      // An evaluative phrase may itself open with a negation ("was not serious about peace").
      if (!a.at[i] && evaluativeAt(tokens, i, vp) > 0) {
        out.push(...group);
        break;
      }
      if (a.at[i] || STOPS.has(t.lower) || negated(tokens, i, vp) || vp.hypothetical.has(t.lower))
        break;
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

const OBLIGATION = new Set(["must", "should"]);
const OBLIGATION_FILLERS = new Set(["also", "now", "first", "still", "immediately"]);

/**
 * "X said Washington must lift all sanctions", "stressing that the United States must remove":
 * a speaker who says an actor must do something calls on it (not "must be", a passive).
 */
function obliged(a: Arguments, sp: Speech, kb: KbIndex): Mention[] {
  const tokens = a.s.tokens;
  let k = sp.from;
  while (k < sp.to && FILLERS.has(tokens[k]?.lower ?? "") && !a.at[k]) k++;
  const first = a.at[k];
  if (!first || first === sp.speaker || first.via === "pronoun" || !actorOf(a, first, "agent"))
    return [];
  const group = coordinated(a, first, "agent", 1);
  // "Iran and Russia must maintain their vigilance", said by Iran's leader: an exhortation, no demand.
  const own = ownSide(sp.speaker.id, kb);
  if (group.some((m) => own.has(m.id) || m.id === sp.speaker.id)) return [];
  let i = (group[group.length - 1] as Mention).tj;
  while (OBLIGATION_FILLERS.has(tokens[i]?.lower ?? "")) i++;
  if (
    !OBLIGATION.has(tokens[i]?.lower ?? "") ||
    negated(tokens, i + 1, a.vp) ||
    tokens[i + 1]?.lower === "be"
  )
    return [];
  return tokens[i + 1]?.isWord ? group : [];
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

export function relateSpeech(
  s: AnalysedSentence,
  vp: VerbPatterns,
  lexicon: Lexicon,
  kb: KbIndex,
): SentenceRelation[] {
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
    for (const target of obliged(a, sp, kb)) {
      const x = actorOf(a, sp.speaker, "agent", true) ?? sp.speaker.id;
      const y = actorOf(a, target, "target", true) ?? target.id;
      if (x !== y && !ownSide(x, kb).has(y))
        out.push({ from: x, type: "CALLS_ON", to: y, confidence: 0.6, mode: null, at: k });
    }
  }
  // Rights groups' reports.
  const ngo = s.mentions.find(
    (m) => m.kind === "Organisation" && kb.byId.get(m.id)?.props["type"] === "ngo",
  );
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
