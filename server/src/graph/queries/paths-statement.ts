// `paths`: Cypher 5 path selectors over a quantified relationship pattern of 1..maxHops hops,
// so every mode is bounded: SHORTEST 1, ALL SHORTEST (one length only) or SHORTEST k for ALL
// (the k = limit + 1 shortest simple paths, shortest first). Paths ignore direction: the
// question is how two entities are connected. `avoid` is checked inside the pattern, during
// the search, not after it. One statement answers both "do the ends exist" and "the paths", so
// a request costs one round trip; nodes and relationships are projected to the fields the
// caller reads.
import { cypherInt } from "./cypher-int.ts";
import type { Statement } from "../executor.ts";
import type { RelationType } from "../vocabulary.ts";
import {
  entityProjection,
  relationshipProjection,
  type EntityField,
  type RelationshipField,
} from "./projections.ts";
import { typeExpression } from "./relationship-pattern.ts";

export type PathModeValue = "SHORTEST" | "ALL_SHORTEST" | "ALL";

export interface PathsArgs {
  from: string;
  to: string;
  maxHops: number;
  types: readonly RelationType[];
  mode: PathModeValue;
  avoid: readonly string[];
  limit: number;
  /** Entity properties to return (all when absent). */
  entityFields?: readonly EntityField[] | undefined;
  /** Relationship properties to return (all when absent). */
  relationshipFields?: readonly RelationshipField[] | undefined;
}

function selector(mode: PathModeValue, cap: number): string {
  switch (mode) {
    case "SHORTEST":
      return "SHORTEST 1";
    case "ALL_SHORTEST":
      return "ALL SHORTEST";
    case "ALL":
      // cap is a checked integer (limit + 1), not user text.
      return `SHORTEST ${Math.trunc(cap)}`;
    default: {
      const unreachable: never = mode;
      throw new Error(`unknown path mode ${String(unreachable)}`);
    }
  }
}

export function pathsStatement(args: PathsArgs): Statement {
  const cap = args.mode === "SHORTEST" ? 1 : args.limit + 1;
  const hops = Math.trunc(args.maxHops);
  const types = typeExpression(args.types);
  const pattern =
    args.avoid.length > 0
      ? `(a)(()-[${types}]-(x:Entity WHERE NOT x.id IN $avoid)){1,${hops}}(b)`
      : `(a)-[${types}]-{1,${hops}}(b)`;
  const simple =
    args.mode === "ALL"
      ? "\nWHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])"
      : "";
  return {
    cypher: `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  MATCH p = ${selector(args.mode, cap)} ${pattern}${simple.replace(/\n/g, "\n  ")}
  WITH p ORDER BY length(p) LIMIT $cap
  RETURN collect({nodes: [n IN nodes(p) | ${entityProjection("n", args.entityFields)}], relationships: [r IN relationships(p) | ${relationshipProjection("r", args.relationshipFields)}]}) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths`,
    params: { from: args.from, to: args.to, avoid: [...args.avoid], cap: cypherInt(cap) },
  };
}
