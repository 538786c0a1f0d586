// `neighbourhood`: a breadth-first walk of up to three layers from one entity. Each layer is
// one bounded expansion (LIMIT cap, where cap = limit + 1, so one extra row reveals truncation)
// from the previous layer's new nodes; edges back into earlier layers are skipped because the
// earlier layer already returned them. Layer 1 is ordered strongest first; deeper layers stream
// so a hub cannot make the query sort millions of rows. The statement itself cuts the result to
// `limit` relationships and returns only the endpoints of those, projected to the fields the
// caller reads, so nothing crosses the wire to be thrown away.
import { cypherInt } from "./cypher-int.ts";
import type { Statement } from "../executor.ts";
import type { RelationType } from "../vocabulary.ts";
import {
  entityProjection,
  relationshipProjection,
  type EntityField,
  type RelationshipField,
} from "./projections.ts";
import { hop, kindExpression, type DirectionValue } from "./relationship-pattern.ts";

export interface NeighbourhoodArgs {
  id: string;
  depth: number;
  types: readonly RelationType[];
  direction: DirectionValue;
  kinds?: readonly string[] | null;
  minWeight?: number | null;
  since?: string | null;
  until?: string | null;
  origin?: "kb" | "text" | null;
  limit: number;
  /** Entity properties to return (all when absent). */
  entityFields?: readonly EntityField[] | undefined;
  /** Relationship properties to return (all when absent). */
  relationshipFields?: readonly RelationshipField[] | undefined;
}

/** Predicates on relationship `r` from the filter arguments (all values are parameters). */
function relationshipFilter(args: NeighbourhoodArgs): string[] {
  const out: string[] = [];
  if (args.minWeight !== null && args.minWeight !== undefined) out.push("r.weight >= $minWeight");
  if (args.since) out.push("(r.lastSeen IS NULL OR r.lastSeen >= date($since))");
  if (args.until) out.push("(r.firstSeen IS NULL OR r.firstSeen <= date($until))");
  if (args.origin) out.push("r.origin = $origin");
  return out;
}

export function neighbourhoodStatement(args: NeighbourhoodArgs): Statement {
  const kinds = kindExpression(args.kinds);
  const step = hop("x", "r", args.types, args.direction);
  const layer = (k: number): string => {
    // Layer 1 may skip only self-loops; deeper layers skip edges into the layer before the
    // frontier, which the previous layer returned already.
    const where = [
      step.predicate,
      ...relationshipFilter(args),
      k === 1 ? "n <> c" : "NOT n IN before",
    ]
      .filter((p) => p !== "true")
      .join(" AND ");
    const guard = k === 1 ? "" : "WITH * WHERE size(rels) <= $limit\n  ";
    const order = k === 1 ? "ORDER BY r.weight DESC, r.id " : "";
    // The last layer needs no next frontier, so it skips the (quadratic) "seen" bookkeeping.
    const carry =
      k === args.depth
        ? "WITH c, rels + foundRels AS rels"
        : `WITH c, rels + foundRels AS rels, [n IN foundNodes WHERE NOT n IN seen] AS next, frontier AS before, seen
WITH c, rels, next AS frontier, before, seen + next AS seen`;
    return `CALL (c, rels, frontier, before) {
  ${guard}UNWIND frontier AS x
  MATCH (x)${step.arrow}(n:Entity${kinds})
  WHERE ${where}
  WITH DISTINCT r, n ${order}LIMIT $cap
  RETURN collect(DISTINCT r) AS foundRels, collect(DISTINCT n) AS foundNodes
}
${carry}`;
  };
  const layers = Array.from({ length: args.depth }, (_, i) => layer(i + 1));
  return {
    cypher: `MATCH (c:Entity {id: $id})
WITH c, [] AS rels, [c] AS frontier, [] AS before, [c] AS seen
${layers.join("\n")}
WITH c, rels[..$limit] AS kept, size(rels) > $limit AS truncated
CALL (kept) {
  UNWIND kept AS r
  UNWIND [startNode(r), endNode(r)] AS n
  RETURN collect(DISTINCT n) AS ends
}
RETURN ${entityProjection("c", args.entityFields)} AS centre,
       [r IN kept | ${relationshipProjection("r", args.relationshipFields)}] AS relationships,
       [n IN ends WHERE n <> c | ${entityProjection("n", args.entityFields)}] AS nodes,
       truncated`,
    params: {
      id: args.id,
      cap: cypherInt(args.limit + 1),
      limit: cypherInt(args.limit),
      minWeight: args.minWeight ?? null,
      since: args.since ?? null,
      until: args.until ?? null,
      origin: args.origin ?? null,
    },
  };
}
