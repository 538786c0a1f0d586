// Batched lookups behind the per-request DataLoaders: each takes many keys and answers them
// in one statement, so a list of N items costs one round trip per field, not N.
import { cypherInt } from "./cypher-int.ts";
import type { Statement } from "../executor.ts";
import { RELATION_TYPES, checkedRelationType, type RelationType } from "../vocabulary.ts";
import {
  articleProjection,
  entityProjection,
  evidenceProjection,
  relationshipProjection,
} from "./projections.ts";
import { hop, type DirectionValue } from "./relationship-pattern.ts";

export function entitiesByIdsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN ${entityProjection("n")} AS entity`,
    params: { ids: [...ids] },
  };
}

export function articlesByIdsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN ${articleProjection("a")} AS article`,
    params: { ids: [...ids] },
  };
}

export function evidenceByIdsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id MATCH (ev:Evidence {id: id}) RETURN ${evidenceProjection("ev")} AS evidence`,
    params: { ids: [...ids] },
  };
}

/** The relationship type an id names (`<from>|<TYPE>|<to>[|role]`), or null when it names none. */
export function typeOfRelationshipId(id: string): RelationType | null {
  const type = id.split("|")[1];
  return type !== undefined && Object.hasOwn(RELATION_TYPES, type) ? (type as RelationType) : null;
}

/** Relationships by id: one index seek per type named in the ids (ids of no type are skipped). */
export function relationshipsByIdsStatement(ids: readonly string[]): Statement {
  const byType = new Map<RelationType, string[]>();
  for (const id of ids) {
    const type = typeOfRelationshipId(id);
    if (type) byType.set(type, [...(byType.get(type) ?? []), id]);
  }
  if (byType.size === 0) return { cypher: "RETURN null AS relationship LIMIT 0", params: {} };
  const params: Record<string, unknown> = {};
  const branches = [...byType].map(([type, typeIds], i) => {
    params[`ids${i}`] = typeIds;
    return `UNWIND $ids${i} AS id MATCH ()-[r:${checkedRelationType(type)} {id: id}]->() RETURN r`;
  });
  return {
    cypher: `CALL () { ${branches.join(" UNION ALL ")} } RETURN ${relationshipProjection("r")} AS relationship`,
    params,
  };
}

/** A page of evidence per relationship id, earliest article first, with the total per id. */
export function evidenceOfRelationshipsStatement(
  relIds: readonly string[],
  offset: number,
  first: number,
): Statement {
  return {
    cypher: `UNWIND $relIds AS relId
CALL (relId) {
  MATCH (ev:Evidence {relId: relId})
  WITH ev ORDER BY ev.articleDate, ev.article, ev.start, ev.id SKIP $offset LIMIT $first
  RETURN collect(${evidenceProjection("ev")}) AS items
}
RETURN relId, items, COUNT { (e:Evidence {relId: relId}) } AS total`,
    params: { relIds: [...relIds], offset: cypherInt(offset), first: cypherInt(first) },
  };
}

/** Each entity's relationships of some types in a direction, strongest first, with the far ends. */
export function relationshipsOfEntitiesStatement(
  ids: readonly string[],
  types: readonly RelationType[],
  direction: DirectionValue,
  first: number,
): Statement {
  const step = hop("n", "r", types, direction);
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)${step.arrow}(m:Entity)
  WHERE ${step.predicate}
  WITH r, m ORDER BY r.weight DESC, r.id LIMIT $first
  RETURN collect(${relationshipProjection("r")}) AS rels, collect(${entityProjection("m")}) AS others
}
RETURN id, rels, others`,
    params: { ids: [...ids], first: cypherInt(first) },
  };
}

/** A page of the articles mentioning each entity, newest first, with the total per entity. */
export function articlesOfEntitiesStatement(
  ids: readonly string[],
  offset: number,
  first: number,
): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (a:Article)-[:MENTIONS]->(n)
  WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id SKIP $offset LIMIT $first
  RETURN collect(${articleProjection("a")}) AS items
}
RETURN id, items, COUNT { (:Article)-[:MENTIONS]->(n) } AS total`,
    params: { ids: [...ids], offset: cypherInt(offset), first: cypherInt(first) },
  };
}

/** Each article's mentioned entities, most mentioned first. */
export function mentionsOfArticlesStatement(ids: readonly string[], first: number): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  WITH m, e ORDER BY m.count DESC, e.id LIMIT $first
  RETURN collect({count: m.count, entity: ${entityProjection("e")}}) AS mentions
}
RETURN id, mentions`,
    params: { ids: [...ids], first: cypherInt(first) },
  };
}

/** The events each article reports. */
export function eventsOfArticlesStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (a:Article {id: id})
CALL (a) {
  MATCH (a)-[:REPORTS]->(e:Event)
  WITH e ORDER BY e.date, e.id LIMIT 200
  RETURN collect(${entityProjection("e")}) AS events
}
RETURN id, events`,
    params: { ids: [...ids] },
  };
}

/** The articles reporting each event, newest first. */
export function reportsOfEventsStatement(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
MATCH (e:Entity:Event {id: id})
CALL (e) {
  MATCH (a:Article)-[:REPORTS]->(e)
  WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id LIMIT 200
  RETURN collect(${articleProjection("a")}) AS articles
}
RETURN id, articles`,
    params: { ids: [...ids] },
  };
}

/** Whatever node carries the id: an entity, an article or an evidence sentence. */
export function nodeByIdStatement(id: string): Statement {
  return {
    cypher: `OPTIONAL MATCH (n:Entity {id: $id})
OPTIONAL MATCH (a:Article {id: $id})
OPTIONAL MATCH (ev:Evidence {id: $id})
RETURN CASE WHEN n IS NULL THEN null ELSE ${entityProjection("n")} END AS entity,
       CASE WHEN a IS NULL THEN null ELSE ${articleProjection("a")} END AS article,
       CASE WHEN ev IS NULL THEN null ELSE ${evidenceProjection("ev")} END AS evidence`,
    params: { id },
  };
}
