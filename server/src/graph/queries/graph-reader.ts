// The read repository: checks arguments against the caps, runs the statement builders through
// the Executor (read transactions with timeouts) and maps rows to records. The batch methods
// answer many keys at once and return results in key order, as DataLoader expects.
import type { Executor } from "../executor.ts";
import { articlesStatement, type ArticleFilter } from "./articles-statement.ts";
import { entityListStatement, type EntityOrderValue } from "./entity-list-statement.ts";
import { eventsStatement, type EventFilter } from "./events-statement.ts";
import { InputError } from "./input-error.ts";
import { LIMITS } from "./limits.ts";
import {
  articlesByIdsStatement,
  articlesOfEntitiesStatement,
  entitiesByIdsStatement,
  eventsOfArticlesStatement,
  evidenceByIdsStatement,
  evidenceOfRelationshipsStatement,
  mentionsOfArticlesStatement,
  nodeByIdStatement,
  relationshipsByIdsStatement,
  relationshipsOfEntitiesStatement,
  reportsOfEventsStatement,
} from "./lookup-statements.ts";
import { neighbourhoodStatement, type NeighbourhoodArgs } from "./neighbourhood-statement.ts";
import type { PageWindow } from "./pagination.ts";
import { pathsStatement, type PathsArgs } from "./paths-statement.ts";
import type {
  ArticleRecord,
  EntityRecord,
  EvidenceRecord,
  MentionRecord,
  NodeRecord,
  Page,
  PathResultRecord,
  RelationshipRecord,
  ScoredEntity,
  SubgraphRecord,
} from "./records.ts";
import type { EntityField } from "./projections.ts";
import type { DirectionValue } from "./relationship-pattern.ts";
import { searchStatement } from "./search-statement.ts";
import { toArticle, toEntity, toEvidence, toRelationship } from "./to-records.ts";
import type { RelationType } from "../vocabulary.ts";

type Row = Record<string, unknown>;
type Rows = Row[];

function byKey<T>(keys: readonly string[], items: T[], keyOf: (item: T) => string): (T | null)[] {
  const map = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Attaches each relationship's endpoints from `nodes`, so `from`/`to` need no lookup. */
function attachEnds(relationships: RelationshipRecord[], nodes: EntityRecord[]): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const rel of relationships) {
    const from = byId.get(rel.fromId);
    const to = byId.get(rel.toId);
    if (from && to) rel.ends = { from, to };
  }
}

function page<T>(rows: Row | undefined, map: (row: Row) => T, window: PageWindow): Page<T> {
  const items = ((rows?.["items"] as Rows | undefined) ?? []).map(map);
  const totalCount = Number(rows?.["total"] ?? 0);
  return {
    items,
    offset: window.offset,
    totalCount,
    hasNextPage: window.offset + items.length < totalCount,
  };
}

export interface EntityRelationships {
  relationships: RelationshipRecord[];
  others: EntityRecord[];
}

export class GraphReader {
  constructor(private readonly executor: Executor) {}

  async entitiesByIds(ids: readonly string[]): Promise<(EntityRecord | null)[]> {
    const rows = await this.executor.query(entitiesByIdsStatement(ids));
    return byKey(
      ids,
      rows.map((row) => toEntity(row["entity"] as Row)),
      (e) => e.id,
    );
  }

  async articlesByIds(ids: readonly string[]): Promise<(ArticleRecord | null)[]> {
    const rows = await this.executor.query(articlesByIdsStatement(ids));
    return byKey(
      ids,
      rows.map((row) => toArticle(row["article"] as Row)),
      (a) => a.id,
    );
  }

  async evidenceByIds(ids: readonly string[]): Promise<(EvidenceRecord | null)[]> {
    const rows = await this.executor.query(evidenceByIdsStatement(ids));
    return byKey(
      ids,
      rows.map((row) => toEvidence(row["evidence"] as Row)),
      (e) => e.id,
    );
  }

  async relationshipsByIds(ids: readonly string[]): Promise<(RelationshipRecord | null)[]> {
    const rows = await this.executor.query(relationshipsByIdsStatement(ids));
    const rels = rows.map((row) => toRelationship(row["relationship"] as Row));
    return byKey(ids, rels, (r) => r.id);
  }

  async evidenceOfRelationships(
    relIds: readonly string[],
    window: PageWindow,
  ): Promise<Page<EvidenceRecord>[]> {
    const rows = await this.executor.query(
      evidenceOfRelationshipsStatement(relIds, window.offset, window.first),
    );
    const found = byKey(relIds, rows, (row) => String(row["relId"]));
    return found.map((row) => page(row ?? undefined, toEvidence, window));
  }

  async relationshipsOfEntities(
    ids: readonly string[],
    types: readonly RelationType[],
    direction: DirectionValue,
    first: number,
  ): Promise<EntityRelationships[]> {
    const rows = await this.executor.query(
      relationshipsOfEntitiesStatement(ids, types, direction, first),
    );
    return byKey(ids, rows, (row) => String(row["id"])).map((row) => ({
      relationships: ((row?.["rels"] as Rows | undefined) ?? []).map(toRelationship),
      others: ((row?.["others"] as Rows | undefined) ?? []).map(toEntity),
    }));
  }

  async articlesOfEntities(
    ids: readonly string[],
    window: PageWindow,
  ): Promise<Page<ArticleRecord>[]> {
    const rows = await this.executor.query(
      articlesOfEntitiesStatement(ids, window.offset, window.first),
    );
    return byKey(ids, rows, (row) => String(row["id"])).map((row) =>
      page(row ?? undefined, toArticle, window),
    );
  }

  async mentionsOfArticles(
    ids: readonly string[],
    first: number,
  ): Promise<{ mentions: MentionRecord[]; entities: EntityRecord[] }[]> {
    const rows = await this.executor.query(mentionsOfArticlesStatement(ids, first));
    return byKey(ids, rows, (row) => String(row["id"])).map((row) => {
      const mentions = (row?.["mentions"] as Rows | undefined) ?? [];
      const entities = mentions.map((m) => toEntity(m["entity"] as Row));
      return {
        entities,
        mentions: mentions.map((m, i) => ({
          entityId: entities[i]?.id ?? "",
          count: Number(m["count"] ?? 0),
        })),
      };
    });
  }

  async eventsOfArticles(ids: readonly string[]): Promise<EntityRecord[][]> {
    const rows = await this.executor.query(eventsOfArticlesStatement(ids));
    return byKey(ids, rows, (row) => String(row["id"])).map((row) =>
      ((row?.["events"] as Rows | undefined) ?? []).map(toEntity),
    );
  }

  async reportsOfEvents(ids: readonly string[]): Promise<ArticleRecord[][]> {
    const rows = await this.executor.query(reportsOfEventsStatement(ids));
    return byKey(ids, rows, (row) => String(row["id"])).map((row) =>
      ((row?.["articles"] as Rows | undefined) ?? []).map(toArticle),
    );
  }

  /** An entity, article or evidence sentence by id (relationships go through relationshipsByIds). */
  async nodeById(id: string): Promise<NodeRecord | null> {
    const [row] = await this.executor.query(nodeByIdStatement(id));
    if (row?.["entity"]) return toEntity(row["entity"] as Row);
    if (row?.["article"]) return toArticle(row["article"] as Row);
    if (row?.["evidence"]) return toEvidence(row["evidence"] as Row);
    return null;
  }

  async search(
    text: string,
    kinds: readonly string[] | null | undefined,
    window: PageWindow,
    fields?: readonly EntityField[],
  ): Promise<Page<ScoredEntity>> {
    const [row] = await this.executor.query(
      searchStatement(text, kinds, window.offset, window.first, fields),
    );
    return page(
      row,
      (hit) => ({
        entity: toEntity(hit["entity"] as Row),
        score: Number(hit["score"]),
        matchedBy: hit["matchedBy"] === "actsFor" ? "actsFor" : "name",
      }),
      window,
    );
  }

  async entityList(
    kind: string | null | undefined,
    orderBy: EntityOrderValue,
    window: PageWindow,
  ): Promise<Page<EntityRecord>> {
    const [row] = await this.executor.query(
      entityListStatement(kind, orderBy, window.offset, window.first),
    );
    return page(row, toEntity, window);
  }

  async events(filter: EventFilter, window: PageWindow): Promise<Page<EntityRecord>> {
    const [row] = await this.executor.query(eventsStatement(filter, window.offset, window.first));
    return page(row, toEntity, window);
  }

  async articles(filter: ArticleFilter, window: PageWindow): Promise<Page<ArticleRecord>> {
    const [row] = await this.executor.query(articlesStatement(filter, window.offset, window.first));
    return page(row, toArticle, window);
  }

  /** Null when the centre does not exist. */
  async neighbourhood(args: NeighbourhoodArgs): Promise<SubgraphRecord | null> {
    if (!Number.isInteger(args.depth) || args.depth < 1 || args.depth > LIMITS.neighbourhoodDepth) {
      throw new InputError(`depth must be from 1 to ${LIMITS.neighbourhoodDepth}`, "depth");
    }
    if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > LIMITS.neighbourhoodLimit) {
      throw new InputError(`limit must be from 1 to ${LIMITS.neighbourhoodLimit}`, "limit");
    }
    const [row] = await this.executor.query(neighbourhoodStatement(args));
    if (!row) return null;
    const relationships = (row["relationships"] as Rows).map(toRelationship);
    const nodes = [toEntity(row["centre"] as Row), ...(row["nodes"] as Rows).map(toEntity)];
    attachEnds(relationships, nodes);
    return { nodes, relationships, truncated: row["truncated"] === true };
  }

  /** The paths, and whether each end exists (an unknown end is not an empty result). */
  async paths(
    args: PathsArgs,
  ): Promise<PathResultRecord & { fromFound: boolean; toFound: boolean }> {
    if (!Number.isInteger(args.maxHops) || args.maxHops < 1 || args.maxHops > LIMITS.maxHops) {
      throw new InputError(`maxHops must be from 1 to ${LIMITS.maxHops}`, "maxHops");
    }
    if (!Number.isInteger(args.limit) || args.limit < 1 || args.limit > LIMITS.pathLimit) {
      throw new InputError(`limit must be from 1 to ${LIMITS.pathLimit}`, "limit");
    }
    if (args.avoid.length > LIMITS.avoid) {
      throw new InputError(`avoid takes at most ${LIMITS.avoid} ids`, "avoid");
    }
    if (args.from === args.to) throw new InputError("from and to are the same entity", "to");
    if (args.avoid.includes(args.from) || args.avoid.includes(args.to)) {
      throw new InputError("avoid must not contain from or to", "avoid");
    }
    const [row] = await this.executor.query(pathsStatement(args));
    const limit = args.mode === "SHORTEST" ? 1 : args.limit;
    const paths = ((row?.["paths"] as Rows | undefined) ?? []).map((path) => {
      const nodes = (path["nodes"] as Rows).map(toEntity);
      const relationships = (path["relationships"] as Rows).map(toRelationship);
      attachEnds(relationships, nodes);
      return { nodes, relationships };
    });
    return {
      paths: paths.slice(0, limit),
      truncated: paths.length > limit,
      fromFound: row?.["fromFound"] === true,
      toFound: row?.["toFound"] === true,
    };
  }
}
