// Relate: criticism that no criticism verb states. (1) Reported speech: a speaker who says that
// an actor is or does something negative ("the Leader said the US has become weaker", "X said
// the West's deceptive policies ...", "“The West is a bully,” he said") criticises it; only the
// evaluative words of verb-patterns.yaml count, and only about the reported clause's subject or
// the owner of the evaluated noun. (2) Rights groups' reports: an NGO of the knowledge base, a
// report verb and an abuse word in one sentence ("HRW documented torture in X") criticise the
// countries the sentence names. Precision first: no evaluative word, no relation.
import { ownSide, type KbIndex } from "./kb-index.ts";
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
import { isPossessive, type Token } from "./tokenize.ts";

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
  /** "the Kremlin, he said, was ready": the attribution inside what was said, as [start, end). */
  skip?: [number, number];
}

const QUOTE_CLOSE = /^[”"’]$/;
const QUOTE_OPEN = /^[“"‘]$/;

/**
 * "X said last week that ...", "X told reporters in Manila on Monday that ...": what was said
 * starts after a "that" a few plain words after the verb (time, place or addressee between).
 */
function afterThat(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < tokens.length && j <= k + 9; j++) {
    const t = tokens[j] as Token;
    if (t.lower === "that") return j > k + 1 ? j + 1 : k + 1;
    if (!t.isWord) return k + 1;
  }
  return k + 1;
}

/**
 * "“...,” spokeswoman X said, adding ...": the quotation closing just before the speaker (a
 * title between) is what was said, as [from, to), or null.
 */
function quoteBefore(tokens: readonly Token[], speaker: Mention): [number, number] | null {
  for (let j = speaker.ti - 1; j >= 0 && speaker.ti - j <= 5; j--) {
    const t = tokens[j] as Token;
    if (t.isWord && !t.cap && j < speaker.ti - 1) return null;
    if (
      QUOTE_CLOSE.test(t.text) ||
      (t.text === "," && QUOTE_CLOSE.test(tokens[j - 1]?.text ?? ""))
    ) {
      const close = QUOTE_CLOSE.test(t.text) ? j : j - 1;
      let open = close - 1;
      while (open >= 0 && !QUOTE_OPEN.test((tokens[open] as Token).text)) open--;
      return [open + 1, close];
    }
    if (!t.isWord && t.text !== ",") return null;
  }
  return null;
}

/** Words between "who" and its speech verb ("who has repeatedly said"). */
const WHO_FILLERS = new Set(["has", "have", "had", "also", "repeatedly", "publicly", "already"]);

/** The speaker and the reported clause of the speech verb at token k, or null. */
function speechAt(a: Arguments, k: number): Speech | null {
  const tokens = a.s.tokens;
  const n = tokens.length;
  const isActor = (m: Mention | undefined): m is Mention =>
    !!m && m.kind !== "Location" && !!actorOf(a, m, "agent", true);
  // "X said ...", "X also said ...", "The Leader said ...", "he said."
  let speaker: Mention | null = null;
  // "A spokeswoman for the ministry, X, said": a name set off by commas right before the verb.
  const apposed = a.at[k - 2];
  if (
    tokens[k - 1]?.text === "," &&
    apposed?.kind === "Person" &&
    apposed.tj === k - 1 &&
    tokens[apposed.ti - 1]?.text === "," &&
    isActor(apposed)
  )
    speaker = apposed;
  // "X, who said in London that ...", "X, who has said repeatedly that ...": the name a "who"
  // clause is about.
  let who = k - 1;
  while (who > 0 && WHO_FILLERS.has(tokens[who]?.lower ?? "")) who--;
  const antecedent = a.at[who - 2];
  if (
    !speaker &&
    tokens[who]?.lower === "who" &&
    tokens[who - 1]?.text === "," &&
    antecedent?.tj === who - 1 &&
    isActor(antecedent)
  )
    speaker = antecedent;
  for (let i = k - 1; !speaker && i >= 0 && k - i <= 3; i--) {
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
    if (rest === 0) return { speaker, from: 0, to: speaker.ti };
    // "the Kremlin, he said, was ready to ...": the attribution sits inside what was said.
    if (
      tokens[speaker.ti - 1]?.text === "," &&
      tokens[k + 1]?.text === "," &&
      a.at[speaker.ti - 2] &&
      tokens[k + 2]?.lower !== "that"
    ) {
      let from = speaker.ti - 2;
      while (from > 0 && !/^[:;—–]$/.test((tokens[from - 1] as Token).text)) from--;
      return { speaker, from, to: n, skip: [speaker.ti - 1, k + 2] };
    }
    // "“...,” X said, adding that ...": the quotation before the speaker.
    const quoted = tokens[k + 1]?.text === "," ? quoteBefore(tokens, speaker) : null;
    if (quoted) return { speaker, from: quoted[0], to: quoted[1] };
    return { speaker, from: afterThat(tokens, k), to: n };
  }
  // "“...,” said X".
  const after = a.at[k + 1] ?? (tokens[k + 1]?.lower === "the" ? a.at[k + 2] : undefined);
  if (isActor(after) && tokens[k - 1] && /^[,”"’]$/.test(tokens[k - 1]?.text ?? ""))
    return { speaker: after, from: 0, to: k };
  return null;
}

/** "said A, and that B" / "said A and that B": the further clauses ("B"), each to the end. */
function laterClauses(tokens: readonly Token[], sp: Speech): Speech[] {
  const out: Speech[] = [];
  for (let j = sp.from + 1; j < sp.to - 1; j++) {
    if (tokens[j]?.lower !== "that" || tokens[j - 1]?.lower !== "and") continue;
    out.push({ speaker: sp.speaker, from: j + 1, to: sp.to });
  }
  return out;
}

/** The subject of the reported clause ("X said [Iran and Syria] had ..."), or none. */
function subjectOf(a: Arguments, sp: Speech): Mention[] {
  let k = sp.from;
  while (k < sp.to && FILLERS.has(a.s.tokens[k]?.lower ?? "") && !a.at[k]) k++;
  const first = a.at[k];
  if (!first || first === sp.speaker || !actorOf(a, first, "agent", true)) return [];
  return coordinated(a, first, "agent", 1);
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
    // "the Austrian and Dutch objections": demonyms that qualify one noun together.
    for (let last = group[group.length - 1] as Mention; last.via === "demonym";) {
      const next = a.at[last.tj + 1];
      if (!next || next.via !== "demonym" || next.ti !== last.tj + 1) break;
      if (![",", "and"].includes(tokens[last.tj]?.lower ?? "")) break;
      group.push(next);
      last = next;
    }
    const end = (group[group.length - 1] as Mention).tj;
    for (let i = end, n = 0; i < sp.to && n < 10; i++, n++) {
      // "Washington, which had trained the army, bore responsibility": skip the relative clause.
      const skip = [...a.parens].find(([, open]) => open === i);
      if (skip) i = skip[0] + 1;
      if (sp.skip && i === sp.skip[0]) i = sp.skip[1];
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
  // Agent of a blamed deed: "the crisis had been provoked by X", "a standoff engineered by X".
  for (const m of a.s.mentions) {
    if (m.ti < sp.from || m.tj > sp.to || m === sp.speaker || tokens[m.ti - 1]?.lower !== "by")
      continue;
    if (!BLAMED_BY.has(tokens[m.ti - 2]?.lower ?? "") || !actorOf(a, m, "agent", true)) continue;
    out.push(...coordinated(a, m, "agent", 1));
  }
  // Owner: "the West's deceptive policies".
  for (const m of a.s.mentions) {
    if (m.ti < sp.from || m.tj > sp.to || m === sp.speaker || !isPossessive(tokens[m.tj])) continue;
    if (!actorOf(a, m, "agent", true)) continue;
    if ([1, 2].some((d) => evaluativeAt(tokens, m.tj + d, vp) > 0)) out.push(m);
  }
  return out;
}

/** Participles that blame their "by" agent for what happened. */
const BLAMED_BY = new Set([
  "provoked",
  "engineered",
  "orchestrated",
  "instigated",
  "masterminded",
  "fomented",
  "fabricated",
  "staged",
]);

/** Hostile deeds that a speaker reports of an actor: reporting them accuses the actor. */
const HOSTILE_DEEDS = new Set(["ATTACKS", "SUPPLIES_ARMS_TO", "THREATENS", "OCCUPIES"]);

const OBLIGATION = new Set(["must", "should"]);
// Quote marks too: "Taylor \"must leave Liberia\"".
const OBLIGATION_FILLERS = new Set(["also", "now", "first", "still", "immediately", '"', "“", "‘"]);

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
  if (!OBLIGATION.has(tokens[i]?.lower ?? "")) return [];
  // "Iran should not respond": a demand to refrain is a demand too.
  const verb = negated(tokens, i + 1, a.vp) ? i + 2 : i + 1;
  return tokens[verb]?.isWord && tokens[verb]?.lower !== "be" ? group : [];
}

const COPULA_WORDS = new Set([
  "is",
  "was",
  "are",
  "were",
  "remains",
  "remained",
  "has",
  "had",
  "been",
]);

/** "X said Aoun was the right leader for this time": the subject an approving phrase describes. */
function approved(a: Arguments, sp: Speech): Mention[] {
  const tokens = a.s.tokens;
  const group = subjectOf(a, sp);
  const last = group[group.length - 1];
  if (!last) return [];
  let i = last.tj;
  while (COPULA_WORDS.has(tokens[i]?.lower ?? "")) i++;
  if (i === last.tj || negated(tokens, i, a.vp)) return [];
  while (["a", "an", "the", "“", "”", '"'].includes(tokens[i]?.lower ?? "")) i++;
  for (let skip = 0; skip <= 2; skip++)
    if (a.vp.approving.some((p) => p.every((w, d) => tokens[i + skip + d]?.lower === w)))
      return group;
  return [];
}

const RIGHT_FILLERS = new Set(["has", "had", "have", "every", "the", "a", "full", "legitimate"]);
const SELF_DEFENCE = new Set(["defend", "protect", "self", "respond"]);

/**
 * "X said Israel had the right to defend itself": a speaker who grants an actor the right to
 * defend itself backs it. The reported clause's subject group, or none.
 */
function defended(a: Arguments, sp: Speech): Mention[] {
  const tokens = a.s.tokens;
  const group = subjectOf(a, sp);
  const last = group[group.length - 1];
  if (!last) return [];
  let i = last.tj;
  while (RIGHT_FILLERS.has(tokens[i]?.lower ?? "")) i++;
  return tokens[i]?.lower === "right" &&
    tokens[i + 1]?.lower === "to" &&
    SELF_DEFENCE.has(tokens[i + 2]?.lower ?? "")
    ? group
    : [];
}

const SELF_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i"]);
const WILL = new Set(["would", "will", "'ll", "could"]);
/** What a speaker can say it will do to an actor that threatens it. */
const HOSTILE_ACTS = new Set([
  "arrest",
  "attack",
  "strike",
  "punish",
  "retaliate",
  "destroy",
  "invade",
  "expel",
  "sanction",
  "crush",
  "hit",
  "target",
  "seize",
  "annex",
  "bomb",
  "eliminate",
  "prosecute",
  "obliterate",
]);

/**
 * "X said he would arrest the former president if ...", "Y warned that it will strike Z": the
 * speaker (or its own side) announcing a hostile act against an actor threatens it. The actors
 * threatened, or none.
 */
function threatened(a: Arguments, sp: Speech, own: Set<string>): Mention[] {
  const tokens = a.s.tokens;
  let k = sp.from;
  while (k < sp.to && FILLERS.has(tokens[k]?.lower ?? "") && !a.at[k]) k++;
  const subject = a.at[k];
  const self =
    (!subject && SELF_PRONOUNS.has(tokens[k]?.lower ?? "")) ||
    (!!subject && (subject.id === sp.speaker.id || own.has(subject.id)));
  if (!self) return [];
  let i = subject ? subject.tj : k + 1;
  if (!WILL.has(tokens[i]?.lower ?? "")) return [];
  i++;
  if (negated(tokens, i, a.vp)) return [];
  if (!HOSTILE_ACTS.has(tokens[i]?.lower ?? "")) return [];
  for (let j = i + 1; j < sp.to && j <= i + 4; j++) {
    const m = a.at[j];
    if (m) return actorOf(a, m, "target", true) ? coordinated(a, m, "target", 1) : [];
    if (tokens[j]?.text === "," || a.vp.boundaries.has(tokens[j]?.lower ?? "")) return [];
  }
  return [];
}

export function relateSpeech(
  s: AnalysedSentence,
  vp: VerbPatterns,
  lexicon: Lexicon,
  kb: KbIndex,
  found: readonly SentenceRelation[] = [],
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
    // "X said A, and that B": each "that" clause joined on is said too.
    const clauses = [sp, ...laterClauses(tokens, sp)];
    for (const c of clauses) for (const target of evaluated(a, c)) add(sp.speaker, target, k, 0.6);
    // "X said Iran had shipped missiles to Russia": the speaker accuses the deed's agent.
    const speakerId = actorOf(a, sp.speaker, "agent", true) ?? sp.speaker.id;
    const deeds = found.filter((r) => HOSTILE_DEEDS.has(r.type));
    const doers = new Set(
      deeds.length ? subjectOf(a, sp).map((m) => actorOf(a, m, "agent", true) ?? m.id) : [],
    );
    for (const r of deeds) {
      if (r.at < sp.from || r.at >= sp.to || !doers.has(r.from)) continue;
      if (r.from === speakerId || r.from === sp.speaker.id || ownSide(speakerId, kb).has(r.from))
        continue;
      out.push({
        from: speakerId,
        type: "CRITICIZES",
        to: r.from,
        confidence: 0.55,
        mode: null,
        at: k,
      });
    }
    // "X said Canberra was disappointed by Y's decision": a speaker voicing its own side's
    // criticism makes it too.
    const own = ownSide(speakerId, kb);
    for (const r of found) {
      if (r.type !== "CRITICIZES" || r.at < sp.from || r.at >= sp.to || !own.has(r.from)) continue;
      if (r.to !== speakerId && !own.has(r.to))
        out.push({
          from: speakerId,
          type: "CRITICIZES",
          to: r.to,
          confidence: 0.55,
          mode: null,
          at: k,
        });
    }
    for (const target of clauses.flatMap((c) => threatened(a, c, own))) {
      const y = actorOf(a, target, "target", true) ?? target.id;
      if (y !== speakerId && !own.has(y))
        out.push({
          from: speakerId,
          type: "THREATENS",
          to: y,
          confidence: 0.55,
          mode: null,
          at: k,
        });
    }
    for (const backed of clauses.flatMap((c) => [...defended(a, c), ...approved(a, c)])) {
      const y = actorOf(a, backed, "target", true) ?? backed.id;
      if (speakerId !== y && !ownSide(speakerId, kb).has(y))
        out.push({ from: speakerId, type: "SUPPORTS", to: y, confidence: 0.6, mode: null, at: k });
    }
    for (const target of clauses.flatMap((c) => obliged(a, c, kb))) {
      const y = actorOf(a, target, "target", true) ?? target.id;
      if (speakerId !== y && !ownSide(speakerId, kb).has(y))
        out.push({ from: speakerId, type: "CALLS_ON", to: y, confidence: 0.6, mode: null, at: k });
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
