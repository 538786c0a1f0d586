// Per-request DataLoaders: every field that needs more data for many parents (a list of
// entities asking for their relationships, a path asking for evidence per hop) is collected
// into one batched statement per tick. Loaders that take arguments are kept per argument set.
// Batches that return entities prime the entity loader, so `from`/`to` cost nothing more.
import DataLoader from "dataloader";
import type { EntityRelationships, GraphReader } from "../graph/queries/graph-reader.ts";
import type { PageWindow } from "../graph/queries/pagination.ts";
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  Page,
  RelationshipRecord,
} from "../graph/queries/records.ts";
import type { DirectionValue } from "../graph/queries/relationship-pattern.ts";
import type { RelationType } from "../graph/vocabulary.ts";

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  article: DataLoader<string, ArticleRecord | null>;
  evidence: DataLoader<string, EvidenceRecord | null>;
  relationship: DataLoader<string, RelationshipRecord | null>;
  relationshipsOf(
    types: readonly RelationType[],
    direction: DirectionValue,
    first: number,
  ): DataLoader<string, EntityRelationships>;
  articlesOf(window: PageWindow): DataLoader<string, Page<ArticleRecord>>;
  evidenceOf(window: PageWindow): DataLoader<string, Page<EvidenceRecord>>;
  mentionsOf(first: number): DataLoader<string, MentionRecord[]>;
  eventsOfArticle: DataLoader<string, EntityRecord[]>;
  reportsOfEvent: DataLoader<string, ArticleRecord[]>;
  /** Seeds the entity cache with records a batch already returned. */
  primeEntities(entities: readonly EntityRecord[]): void;
}

function keyed<T>(): (key: string, make: () => T) => T {
  const cache = new Map<string, T>();
  return (key, make) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = make();
      cache.set(key, value);
    }
    return value;
  };
}

export function createLoaders(reader: GraphReader): Loaders {
  const entity = new DataLoader<string, EntityRecord | null>((ids) => reader.entitiesByIds(ids));
  const primeEntities = (entities: readonly EntityRecord[]) => {
    for (const record of entities) entity.prime(record.id, record);
  };
  const relationshipLoaders = keyed<DataLoader<string, EntityRelationships>>();
  const articleLoaders = keyed<DataLoader<string, Page<ArticleRecord>>>();
  const evidenceLoaders = keyed<DataLoader<string, Page<EvidenceRecord>>>();
  const mentionLoaders = keyed<DataLoader<string, MentionRecord[]>>();
  return {
    entity,
    primeEntities,
    article: new DataLoader((ids) => reader.articlesByIds(ids)),
    evidence: new DataLoader((ids) => reader.evidenceByIds(ids)),
    relationship: new DataLoader((ids) => reader.relationshipsByIds(ids)),
    relationshipsOf: (types, direction, first) =>
      relationshipLoaders(
        `${[...types].sort().join("|")}/${direction}/${first}`,
        () =>
          new DataLoader(async (ids) => {
            const results = await reader.relationshipsOfEntities(ids, types, direction, first);
            for (const result of results) primeEntities(result.others);
            return results;
          }),
      ),
    articlesOf: (window) =>
      articleLoaders(
        `${window.offset}/${window.first}`,
        () => new DataLoader((ids) => reader.articlesOfEntities(ids, window)),
      ),
    evidenceOf: (window) =>
      evidenceLoaders(
        `${window.offset}/${window.first}`,
        () => new DataLoader((ids) => reader.evidenceOfRelationships(ids, window)),
      ),
    mentionsOf: (first) =>
      mentionLoaders(
        String(first),
        () =>
          new DataLoader(async (ids) => {
            const results = await reader.mentionsOfArticles(ids, first);
            return results.map((result) => {
              primeEntities(result.entities);
              return result.mentions;
            });
          }),
      ),
    eventsOfArticle: new DataLoader(async (ids) => {
      const results = await reader.eventsOfArticles(ids);
      for (const events of results) primeEntities(events);
      return results;
    }),
    reportsOfEvent: new DataLoader((ids) => reader.reportsOfEvents(ids)),
  };
}
