// Resolve: runs recognition over an article's sentences in order and turns every mention into
// one entity id, using what the article said before (full names before surnames, "Long Name
// (ACR)" before "ACR", Khamenei before "the Leader").
import type { Gazetteer } from "./build-gazetteer.ts";
import type { KbIndex } from "./kb-index.ts";
import { roleCovers } from "./kb-index.ts";
import type { Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import { recogniseMentions } from "./recognise-mentions.ts";
import { recogniseNames } from "./recognise-names.ts";
import { resolveReferences, type ArticleMemory } from "./resolve-references.ts";
import { slugify } from "./text-keys.ts";
import { tokenize, type Token } from "./tokenize.ts";
import type { Sentence } from "./types.ts";

export interface AnalysedSentence {
  sentence: Sentence;
  tokens: Token[];
  /** Resolved mentions, in text order, none overlapping. */
  mentions: Mention[];
}

export interface ResolveContext {
  gazetteer: Gazetteer;
  kb: KbIndex;
  lexicon: Lexicon;
}

interface TextName {
  id: string;
  kind: Mention["kind"];
}

function pickSurname(m: Mention, memory: ArticleMemory, kb: KbIndex): string {
  const ids = m.candidates.map((c) => c.id);
  for (let k = memory.persons.length - 1; k >= 0; k--)
    if (ids.includes(memory.persons[k] as string)) return memory.persons[k] as string;
  if (ids.length === 1) return ids[0] as string;
  if (memory.date) {
    const date = memory.date;
    const active = ids.filter((id) => (kb.rolesOf.get(id) ?? []).some((r) => roleCovers(r, date)));
    if (active.length === 1) return active[0] as string;
  }
  return "";
}

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

export function resolveArticle(sentences: readonly Sentence[], date: string | null, ctx: ResolveContext): AnalysedSentence[] {
  const memory: ArticleMemory = { date, persons: [], previousSubject: null, countries: [] };
  const textNames = new Map<string, TextName>(); // token key (surname, acronym, full name) -> entity
  const out: AnalysedSentence[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    let mentions = recogniseMentions(sentence.text, sentence.start, tokens, ctx.gazetteer, ctx.lexicon);
    const { names, replaced } = recogniseNames(sentence.text, sentence.start, tokens, mentions, ctx.lexicon);
    mentions = [...mentions.filter((m) => !replaced.has(m)), ...names];
    // Names the article introduced earlier: surnames of text persons, acronyms of text orgs.
    const taken = new Uint8Array(tokens.length);
    for (const m of mentions) taken.fill(1, m.ti, m.tj);
    for (let k = 0; k < tokens.length && textNames.size > 0; k++) {
      const t = tokens[k] as Token;
      const known = t.isWord && t.cap && !taken[k] ? textNames.get(t.key) : undefined;
      if (!known) continue;
      mentions.push({ ti: k, tj: k + 1, start: t.start, end: t.end, text: t.text, name: t.text, id: known.id, kind: known.kind, via: "ner", actsFor: null, origin: "text", confidence: 0.6, candidates: [], title: null });
    }
    for (const m of mentions) {
      if (m.via === "surname") m.id = pickSurname(m, memory, ctx.kb);
      if (m.via === "ner" && !m.id) {
        const existing = textNames.get(tokenize(m.name).map((t) => t.key).join(" "));
        m.id = existing?.id ?? (ctx.kb.byId.has(slugify(m.name)) ? `${slugify(m.name)}-${m.kind.toLowerCase()}` : slugify(m.name));
      }
    }
    mentions = mentions.filter((m) => m.id !== "" && !isCompoundPlace(m, tokens));
    mentions.sort((a, b) => a.ti - b.ti);
    for (const m of mentions) {
      if (m.via !== "ner" || m.origin !== "text") continue;
      const words = tokenize(m.name).filter((t) => t.isWord);
      textNames.set(words.map((t) => t.key).join(" "), { id: m.id, kind: m.kind });
      const last = words[words.length - 1];
      if (m.kind === "Person" && words.length >= 2 && last) textNames.set(last.key, { id: m.id, kind: m.kind });
      if (m.kind === "Organisation") {
        const acr = initials(m.name);
        if (acr.length >= 2) textNames.set(acr.toLowerCase(), { id: m.id, kind: m.kind });
        const paren = tokens[m.tj];
        const inner = tokens[m.tj + 1];
        if (paren?.text === "(" && inner?.upper && tokens[m.tj + 2]?.text === ")") textNames.set(inner.key, { id: m.id, kind: m.kind });
      }
    }
    const refs = resolveReferences(sentence.text, sentence.start, tokens, mentions, memory, ctx.kb, ctx.lexicon);
    mentions = [...mentions, ...refs].sort((a, b) => a.ti - b.ti);
    const persons = mentions.filter((m) => m.kind === "Person");
    for (const p of persons) memory.persons.push(p.id);
    memory.previousSubject = persons[0]?.id ?? null;
    for (const m of mentions) if (m.kind === "Country" && m.via !== "demonym") memory.countries.push(m.id);
    out.push({ sentence, tokens, mentions });
  }
  return out;
}

/** "Astana-format talks": a place glued to a lower-case word is a modifier, not a mention. */
function isCompoundPlace(m: Mention, tokens: readonly Token[]): boolean {
  const dash = tokens[m.tj];
  const next = tokens[m.tj + 1];
  return m.kind === "Location" && dash?.text === "-" && dash.start === m.end && !!next && next.isWord && !next.cap;
}
