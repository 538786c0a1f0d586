// The pure extraction pipeline: articles in, entities, typed relations with evidence and events
// out (the JSON contract of DESIGN.md). Segment -> recognise/resolve -> relate -> events, per
// article; then relations aggregated and events merged across all articles together. The
// gazetteer and dictionaries are built once per knowledge base and reused.
import { loadKnowledgeBase } from "../kb/load-knowledge-base.ts";
import type { KnowledgeBase } from "../kb/types.ts";
import { aggregateRelations, type RelationInput } from "./aggregate-relations.ts";
import { buildGazetteer } from "./build-gazetteer.ts";
import {
  detectEvents,
  meetingsOfDelegations,
  visitsOfEvents,
  addStates,
  type EventCandidate,
} from "./events-detect.ts";
import { mergeEvents } from "./events-merge.ts";
import { mergeTextPersons } from "./merge-text-persons.ts";
import { buildKbIndex, holderCountry, ownSide, soleCountryAt, type KbIndex } from "./kb-index.ts";
import { loadFamousEvents, type FamousEvent } from "./load-famous-events.ts";
import { loadLexicon } from "./load-lexicon.ts";
import { loadVerbPatterns, type VerbPatterns } from "./load-verb-patterns.ts";
import type { Mention } from "./mention.ts";
import { articleLocationFacts, personRoleFacts, sentenceKbFacts } from "./relate-kb-facts.ts";
import { relateMembership } from "./relate-membership.ts";
import { relatePlaces } from "./relate-places.ts";
import { relateRoles, type RoleRelation } from "./relate-roles.ts";
import { learnedRelations, type RelationModel } from "./relate-learned.ts";
import { respectiveRoles } from "./relate-respective.ts";
import { stayedAway } from "./events-cues.ts";
import { relateSentence, type SentenceRelation } from "./relate-sentence.ts";
import { relateReactions } from "./relate-reactions.ts";
import { relateSpeech } from "./relate-speech.ts";
import { resolveArticle, type AnalysedSentence, type ResolveContext } from "./resolve-article.ts";
import { segmentSentences } from "./segment.ts";
import { tokenize } from "./tokenize.ts";
import type { Article, Evidence, ExtractedEntity, Extraction } from "./types.ts";

interface Pipeline extends ResolveContext {
  kb: KbIndex;
  kbAliases: Map<string, Set<string>>;
  patterns: VerbPatterns;
  famous: FamousEvent[];
  /** Words that silence the learned model around a pair: negation, modals, conditions, asking. */
  silencing: Set<string>;
}

const pipelines = new WeakMap<KnowledgeBase, Pipeline>();
let defaultKb: KnowledgeBase | undefined;

function pipelineFor(kb: KnowledgeBase): Pipeline {
  let p = pipelines.get(kb);
  if (!p) {
    p = {
      gazetteer: buildGazetteer(kb),
      kb: buildKbIndex(kb),
      kbAliases: new Map(),
      lexicon: loadLexicon(),
      patterns: loadVerbPatterns(),
      famous: loadFamousEvents(),
      silencing: new Set(),
    };
    const vp = p.patterns;
    for (const set of [vp.negation, vp.hypothetical, vp.future, vp.conditional, vp.requests])
      for (const w of set) p.silencing.add(w);
    pipelines.set(kb, p);
  }
  return p;
}

/** Surfaces that name nobody by themselves ("he", "the country") are not aliases. */
const ALIAS_VIA = new Set<Mention["via"]>([
  "name",
  "alias",
  "demonym",
  "seat",
  "capital",
  "surname",
  "ner",
]);

function evidenceOf(
  article: string,
  sentence: { text: string; start: number; end: number },
): Evidence {
  return { article, text: sentence.text, start: sentence.start, end: sentence.end };
}

/** A knowledge-base fact the text states, with the sentence that states it. */
function kbRelation(
  fact: { from: string; type: RelationInput["type"]; to: string },
  confidence: number,
  evidence: Evidence,
): RelationInput {
  return {
    from: fact.from,
    type: fact.type,
    to: fact.to,
    origin: "kb",
    role: null,
    confidence,
    evidence,
  };
}

/**
 * The article's own country: the first one its headline names, else its opening sentence
 * ("Drones over Port Sudan: how Sudan's war ...", "Colombian President X suspended ...").
 */
function homeCountry(analysed: readonly AnalysedSentence[]): Mention | null {
  for (const s of analysed.slice(0, 2)) {
    const m = s.mentions.find(
      (x) => x.kind === "Country" && x.via !== "pronoun" && x.via !== "role",
    );
    if (m) return m;
  }
  return null;
}

/** The place or country a dateline names as a whole ("Washington", "SEOUL"), or null. */
function datelinePlace(dateline: string | null, p: Pipeline): string | null {
  const tokens = tokenize(dateline ?? "").filter((t) => t.isWord || t.text === ".");
  const match = tokens.length > 0 ? p.gazetteer.match(tokens, 0) : null;
  if (!match || match.end !== tokens.length) return null;
  return (
    match.entries.find((e) => e.kind === "Location" && !e.caseSensitive)?.id ??
    match.entries.find((e) => e.kind === "Country" && !e.caseSensitive)?.id ??
    null
  );
}

/** An article's sentences with their resolved mentions, on the same cached pipeline. */
export function analyseArticle(
  article: Article,
  kb: KnowledgeBase = (defaultKb ??= loadKnowledgeBase()),
): AnalysedSentence[] {
  return resolveArticle(segmentSentences(article), article.publishedAt, pipelineFor(kb));
}

export interface ExtractOptions {
  /**
   * State the learned model's relations for pairs no rule relates (default true); its training
   * script turns them off to see what the rules alone find.
   */
  learned?: boolean;
  /** The learned model to use instead of the committed one (its trainer's cross-validation). */
  model?: RelationModel;
}

export function extractArticles(
  articles: Article[],
  kb: KnowledgeBase = (defaultKb ??= loadKnowledgeBase()),
  options: ExtractOptions = {},
): Extraction {
  const p = pipelineFor(kb);
  const table: EntityTable = { byId: new Map(), aliases: new Map(), kbAliases: p.kbAliases };
  const entities = table.byId;
  const relations: RelationInput[] = [];
  /** Offices the text gave each person so far (person -> holders), read from `relations` once. */
  const textRoles = new Map<string, string[]>();
  let rolesRead = 0;
  const readOffices = (): void => {
    for (; rolesRead < relations.length; rolesRead++) {
      const r = relations[rolesRead] as RelationInput;
      if (isOffice(r)) textRoles.set(r.from, [...(textRoles.get(r.from) ?? []), r.to]);
    }
  };
  /** The learned model's relations, kept apart until the rules' are all known. */
  const learned: RelationInput[] = [];
  const events: EventCandidate[] = [];
  const personsByArticle: [string, string | null, Set<string>][] = [];
  const ordered = [...articles].sort((a, b) => a.id.localeCompare(b.id));
  for (const article of ordered) {
    const analysed = analyseArticle(article, kb);
    const said = new Map<AnalysedSentence, Set<string>>();
    const home = homeCountry(analysed);
    const persons = new Set<string>();
    const perSentence: { s: (typeof analysed)[number]; relations: SentenceRelation[] }[] = [];
    for (const s of analysed) {
      const evidence = evidenceOf(article.id, s.sentence);
      for (const m of s.mentions) {
        addMention(table, m, article.id, p.kb);
        // The body a seat names is an entity of its own; relations still go to its country.
        if (m.body) addMention(table, { ...m, id: m.body, kind: "Organisation" }, article.id, p.kb);
        if (m.kind === "Person" && m.origin === "kb") persons.add(m.id);
      }
      readOffices();
      const roles = [...relateRoles(s, p.lexicon, home), ...respectiveRoles(s, p.lexicon)];
      // The sides a person is known to serve: the knowledge base's offices, and the offices the
      // text gave them before (in an earlier sentence or article) or in this sentence.
      const sideOf = (person: string): Set<string> => {
        const side = ownSide(person, p.kb);
        const offices = [
          ...(textRoles.get(person) ?? []),
          ...roles.filter((r) => r.from === person).map((r) => r.to),
        ];
        for (const o of offices) side.add(holderCountry(o, p.kb) ?? o).add(o);
        return side;
      };
      const stated = relateSentence(s, p.patterns, p.lexicon);
      // "... opens the meeting as X and Y stay away": no one meets or visits by staying away.
      // "X toured European capitals to rally support for Lebanon's position": a person neither
      // visits nor backs the country they serve.
      const rels = [...stated, ...relateSpeech(s, p.patterns, p.lexicon, p.kb, stated)].filter(
        (r) =>
          ((r.type !== "MET_WITH" && r.type !== "VISITED") ||
            !s.mentions.some(
              (m) => m.kind === "Person" && (m.id === r.from || m.id === r.to) && stayedAway(s, m),
            )) &&
          !(
            (r.type === "VISITED" || r.type === "SUPPORTS") &&
            p.kb.byId.get(r.to)?.kind === "Country" &&
            ownSide(r.from, p.kb).has(r.to)
          ) &&
          // "told reporters in Paris": a presence is a visit only abroad, for a known side.
          !(r.abroad && !abroadFor(sideOf(r.from), r.to, p.kb)),
      );
      perSentence.push({ s, relations: rels });
      said.set(s, new Set(rels.flatMap((r) => [r.from, r.to])));
      rels.push(
        ...relateReactions(perSentence, perSentence.length - 1, p.patterns, p.lexicon, p.kb),
      );
      rels.push(...visitedCountries(rels, p.kb));
      for (const r of rels)
        relations.push({
          from: r.from,
          type: r.type,
          to: r.to,
          origin: "text",
          role: null,
          confidence: r.confidence,
          mode: r.mode,
          evidence,
        });
      for (const r of roles) relations.push({ ...r, origin: "text", evidence });
      for (const r of cooperatingCountries(s, rels, roles, article.publishedAt, p.kb))
        relations.push({ ...r, origin: "text", role: null, evidence });
      for (const r of relatePlaces(s, p.kb))
        relations.push({ ...r, origin: "text", role: null, confidence: 0.7, evidence });
      for (const r of relateMembership(s))
        relations.push({ ...r, origin: "text", role: null, confidence: 0.7, evidence });
      for (const f of sentenceKbFacts(s, p.kb)) relations.push(kbRelation(f, 0.9, evidence));
    }
    for (const { fact, sentence: s } of articleLocationFacts(analysed, p.kb))
      relations.push(kbRelation(fact, 0.8, evidenceOf(article.id, s.sentence)));
    personsByArticle.push([article.id, article.publishedAt, persons]);
    // The dateline's place ("WASHINGTON, Aug 8 (Reuters) -") is one the article names.
    const filed = datelinePlace(article.dateline, p);
    if (filed) addKbMention(table, filed, article.id, p.kb, "name");
    const found = detectEvents(article.id, article.publishedAt, perSentence, p.kb, p.famous, filed);
    readOffices();
    addStates(found, p.kb, textRoles, article.publishedAt);
    for (const v of visitsOfEvents(found, p.kb, textRoles))
      relations.push({ ...v, origin: "text", role: null, confidence: 0.6 });
    for (const m of meetingsOfDelegations(found))
      relations.push({ ...m, origin: "text", role: null, confidence: 0.6, mode: "in_person" });
    events.push(...found);
    if (options.learned !== false)
      for (const l of learnedRelations(analysed, said, p.silencing, options.model)) {
        // Nobody visits their own country or its places, nor meets anyone by staying away.
        const place = p.kb.countryOf.get(l.to) ?? l.to;
        if (l.type === "VISITED" && ownSide(l.from, p.kb).has(place)) continue;
        const absent = l.sentence.mentions.some(
          (m) =>
            m.kind === "Person" && (m.id === l.from || m.id === l.to) && stayedAway(l.sentence, m),
        );
        if (absent && (l.type === "MET_WITH" || l.type === "VISITED")) continue;
        learned.push({
          from: l.from,
          type: l.type,
          to: l.to,
          origin: "text",
          role: null,
          confidence: Math.round(l.p * 50) / 100,
          mode: null,
          learned: true,
          evidence: evidenceOf(article.id, l.sentence.sentence),
        });
      }
  }
  const remap = mergeTextPersons([...entities.values()]);
  for (const [from, to] of remap) {
    const a = entities.get(from);
    const b = entities.get(to);
    if (!a || !b) continue;
    b.aliases.push(a.name, ...a.aliases);
    const seen = table.aliases.get(to) ?? new Set();
    for (const x of [a.name, ...a.aliases]) seen.add(x);
    table.aliases.set(to, seen);
    for (const art of a.articles) if (!b.articles.includes(art)) b.articles.push(art);
    for (const [art, n] of Object.entries(a.mentions)) b.mentions[art] = (b.mentions[art] ?? 0) + n;
    entities.delete(from);
  }
  const id = (x: string): string => remap.get(x) ?? x;
  for (const r of relations) {
    r.from = id(r.from);
    r.to = id(r.to);
  }
  for (const e of events) e.participants = [...new Set(e.participants.map(id))];
  // A country that acts only through its capital or seat ("Tehran is supplying Moscow") is
  // still an endpoint: it joins the entities with the articles that refer to it.
  for (const r of relations) {
    if (!r.evidence) continue;
    for (const end of [r.from, r.to]) addKbMention(table, end, r.evidence.article, p.kb, "capital");
  }
  const mentioned = new Set(entities.keys());
  for (const [, date, persons] of personsByArticle)
    for (const person of persons)
      for (const f of personRoleFacts(person, date, mentioned, p.kb, p.lexicon))
        relations.push({
          from: f.from,
          type: f.type,
          to: f.to,
          origin: "kb",
          role: f.role,
          confidence: 0.9,
          validFrom: f.validFrom,
          validTo: f.validTo,
          evidence: null,
        });
  // The model speaks only for pairs that nothing else relates, in any article.
  const related = new Set(relations.flatMap((r) => [`${r.from}|${r.to}`, `${r.to}|${r.from}`]));
  for (const r of learned) {
    // Text persons merged above ("Smith" and "John Smith") are one endpoint here too.
    r.from = id(r.from);
    r.to = id(r.to);
    if (!related.has(`${r.from}|${r.to}`)) relations.push(r);
  }
  const known = relations.filter(
    (r) => mentioned.has(r.from) && mentioned.has(r.to) && r.from !== r.to,
  );
  return {
    articles: ordered.map((a) => ({
      id: a.id,
      file: a.file,
      title: a.title,
      author: a.author,
      source: a.source,
      url: a.url,
      dateline: a.dateline,
      publishedAt: a.publishedAt,
      contentHash: a.contentHash,
    })),
    entities: [...entities.values()]
      .map((e) => finishEntity(e, p.kb))
      .sort((a, b) => a.id.localeCompare(b.id)),
    relations: aggregateRelations(known),
    events: mergeEvents(events, p.kb, mentioned),
    errors: [],
  };
}

/**
 * "X fled to Moscow", "Y flew to Honiara": a visit to a place in another country is a visit to
 * that country too (not to one's own: a leader touring a province of theirs visits the province).
 */
/**
 * "X, Honduras's foreign minister, signed a communique with Y, China's": officials who cooperate
 * make their countries cooperate. A person's country is the one the sentence gives them a role
 * in, or the only country they hold office in at the article's date.
 */
function cooperatingCountries(
  s: AnalysedSentence,
  rels: readonly SentenceRelation[],
  roles: readonly RoleRelation[],
  date: string | null,
  kb: KbIndex,
): SentenceRelation[] {
  const isPerson = (id: string): boolean =>
    s.mentions.some((m) => m.id === id && m.kind === "Person");
  const countryOf = (person: string): string | null => {
    const stated = roles.find((r) => r.from === person && kb.byId.get(r.to)?.kind === "Country");
    if (stated) return stated.to;
    return date === null ? null : soleCountryAt(person, date, kb);
  };
  const out: SentenceRelation[] = [];
  for (const r of rels) {
    if (r.type !== "COOPERATES_WITH" || !isPerson(r.from) || !isPerson(r.to)) continue;
    const a = countryOf(r.from);
    const b = countryOf(r.to);
    if (a && b && a !== b)
      out.push({ ...r, from: a, to: b, confidence: Math.round(r.confidence * 80) / 100 });
  }
  return out;
}

const isOffice = (r: RelationInput): boolean =>
  (r.type === "LEADS" || r.type === "HOLDS_ROLE") && r.origin === "text";

/** Whether a place (or its country) lies outside a known side: nowhere, for an unknown side. */
function abroadFor(side: ReadonlySet<string>, place: string, kb: KbIndex): boolean {
  return side.size > 0 && !side.has(place) && !side.has(kb.countryOf.get(place) ?? place);
}

function visitedCountries(rels: readonly SentenceRelation[], kb: KbIndex): SentenceRelation[] {
  const out: SentenceRelation[] = [];
  for (const r of rels) {
    if (r.type !== "VISITED") continue;
    const country = kb.countryOf.get(r.to);
    if (!country || kb.byId.get(r.to)?.kind !== "Location") continue;
    if (
      ownSide(r.from, kb).has(country) ||
      rels.some((x) => x.type === "VISITED" && x.from === r.from && x.to === country)
    )
      continue;
    out.push({ ...r, to: country });
  }
  return out;
}

/** The entities of one extraction, with the aliases each already has as a set (fast checks). */
interface EntityTable {
  byId: Map<string, ExtractedEntity>;
  /** Aliases the text added, per entity id. */
  aliases: Map<string, Set<string>>;
  /** The knowledge base's aliases per entry id, built once per pipeline. */
  kbAliases: Map<string, Set<string>>;
}

/** The knowledge base's entity `id` as named by the article, unless the article names it already. */
function addKbMention(
  table: EntityTable,
  id: string,
  articleId: string,
  kb: KbIndex,
  via: Mention["via"],
): void {
  const k = kb.byId.get(id);
  if (!k || table.byId.get(id)?.articles.includes(articleId)) return;
  addMention(
    table,
    { id, kind: k.kind, name: k.name, text: k.name, via } as Mention,
    articleId,
    kb,
  );
}

function addMention(table: EntityTable, m: Mention, articleId: string, kb: KbIndex): void {
  const entities = table.byId;
  let e = entities.get(m.id);
  if (!e) {
    const k = kb.byId.get(m.id);
    e = {
      id: m.id,
      name: k?.name ?? m.name,
      kind: k?.kind ?? m.kind,
      aliases: [], // the text's; the KB's are put in front by finishEntity
      articles: [],
      mentions: {},
      origin: k ? "kb" : "text",
      confidence: k ? 0.95 : m.confidence,
    };
    if (k && Object.keys(k.props).length > 0) e.props = { ...k.props };
    entities.set(m.id, e);
  }
  if (e.articles[e.articles.length - 1] !== articleId && !e.articles.includes(articleId))
    e.articles.push(articleId);
  e.mentions[articleId] = (e.mentions[articleId] ?? 0) + 1;
  if (!ALIAS_VIA.has(m.via)) return;
  let seen = table.aliases.get(e.id);
  if (!seen) table.aliases.set(e.id, (seen = new Set()));
  const k = e.origin === "kb" ? kb.byId.get(e.id) : undefined;
  let known = k ? table.kbAliases.get(e.id) : undefined;
  if (k && !known) table.kbAliases.set(e.id, (known = new Set(k.aliases)));
  for (const s of [m.text, m.name]) {
    if (s === e.name || seen.has(s) || known?.has(s)) continue;
    seen.add(s);
    e.aliases.push(s);
  }
}

function finishEntity(e: ExtractedEntity, kb: KbIndex): ExtractedEntity {
  const all = e.origin === "kb" ? [...(kb.byId.get(e.id)?.aliases ?? []), ...e.aliases] : e.aliases;
  return {
    ...e,
    aliases: [...new Set(all)].filter((a) => a && a !== e.name),
    articles: [...e.articles].sort(),
  };
}
