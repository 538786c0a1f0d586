// Turns the extraction of one article into the rows its write transaction sends: the article,
// entities grouped by kind, text relations grouped by type with their evidence, and events.
// Pure, so what reaches Neo4j is tested without a database.
import type { Extraction, ExtractionArticle } from "../../ingest/types.ts";
import type { EventKind, RelationType } from "../vocabulary.ts";
import { RELATION_TYPES } from "../vocabulary.ts";
import { orient, relationId } from "./relation-id.ts";

export type TextEntityKind = "Country" | "Person" | "Organisation" | "Location";

export interface ArticleRow extends Omit<ExtractionArticle, "publishedAt"> {
  publishedAt: string | null;
  sourceKey: string;
}

export interface EntityRow {
  id: string;
  name: string;
  kind: TextEntityKind;
  aliases: string[];
  confidence: number;
  count: number;
}

export interface RelationRow {
  id: string;
  from: string;
  to: string;
  role: string | null;
  mode: string | null;
  plover: string | null;
}

export interface EvidenceRow {
  id: string;
  relId: string;
  relType: RelationType;
  text: string;
  start: number;
  end: number;
  confidence: number;
  /** The learned fallback, not a rule, read the relation in this sentence. */
  learned: boolean;
}

export interface EventRow {
  id: string;
  name: string;
  kind: EventKind;
  dateText: string | null;
  location: string | null;
  participants: string[];
}

export interface ArticleGraphRows {
  article: ArticleRow;
  entities: Map<TextEntityKind, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  evidence: EvidenceRow[];
  events: EventRow[];
  /** Persons the text says lead something: they get the :Leader label. */
  leaders: string[];
}

/** `sourceKey` names "the same article" across versions: its url, else its file path. */
export function articleGraphRows(
  extraction: Extraction,
  article: ExtractionArticle,
  sourceKey: string,
): ArticleGraphRows {
  const entities = new Map<TextEntityKind, EntityRow[]>();
  for (const entity of extraction.entities) {
    const count = entity.mentions[article.id] ?? 0;
    if (count === 0 && !entity.articles.includes(article.id)) continue;
    const rows = entities.get(entity.kind) ?? [];
    entities.set(entity.kind, rows);
    rows.push({
      id: entity.id,
      name: entity.name,
      kind: entity.kind,
      aliases: [...new Set(entity.aliases)].sort(),
      confidence: entity.confidence,
      count: Math.max(count, 1),
    });
  }

  const relations = new Map<RelationType, RelationRow[]>();
  const evidence: EvidenceRow[] = [];
  const seenRelations = new Set<string>();
  const leaders = new Set<string>();
  for (const relation of extraction.relations) {
    const mine = relation.evidence.filter((e) => e.article === article.id);
    if (relation.origin !== "text" || mine.length === 0) continue;
    const oriented = orient(relation);
    const id = relationId(oriented);
    if (relation.type === "LEADS") leaders.add(oriented.from);
    if (!seenRelations.has(id)) {
      seenRelations.add(id);
      const rows = relations.get(relation.type) ?? [];
      relations.set(relation.type, rows);
      rows.push({
        id,
        from: oriented.from,
        to: oriented.to,
        role: relation.role,
        mode: relation.mode ?? null,
        plover: relation.plover ?? RELATION_TYPES[relation.type].plover,
      });
    }
    for (const e of mine) {
      evidence.push({
        id: `${id}@${article.id}:${e.start}-${e.end}`,
        relId: id,
        relType: relation.type,
        text: e.text,
        start: e.start,
        end: e.end,
        confidence: relation.confidence,
        learned: relation.learned === true,
      });
    }
  }

  const events: EventRow[] = extraction.events
    .filter((event) => event.articles.includes(article.id))
    .map((event) => ({
      id: event.id,
      name: event.name,
      kind: event.kind,
      dateText: event.date,
      location: event.location,
      participants: [...new Set(event.participants)].sort(),
    }));

  return {
    article: { ...article, sourceKey },
    entities,
    relations,
    evidence: dedupeById(evidence),
    events,
    leaders: [...leaders].sort(),
  };
}

function dedupeById<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}
