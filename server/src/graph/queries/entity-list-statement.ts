// `entities(kind, orderBy)`: one label (checked) scanned in a fixed order, paged by offset,
// with the total from the count store.
import { cypherInt } from "./cypher-int.ts";
import type { Statement } from "../executor.ts";
import { checkedEntityKind } from "../vocabulary.ts";
import { InputError } from "./input-error.ts";
import { entityProjection } from "./projections.ts";

export type EntityOrderValue = "NAME_ASC" | "MENTIONS_DESC" | "ARTICLES_DESC";

const ORDERS: Record<EntityOrderValue, string> = {
  NAME_ASC: "n.name, n.id",
  MENTIONS_DESC: "coalesce(n.mentionCount, 0) DESC, n.name, n.id",
  ARTICLES_DESC: "coalesce(n.articleCount, 0) DESC, n.name, n.id",
};

export function entityListStatement(
  kind: string | null | undefined,
  orderBy: EntityOrderValue,
  offset: number,
  first: number,
): Statement {
  let label = "Entity";
  if (kind) {
    try {
      label = checkedEntityKind(kind);
    } catch (error) {
      throw new InputError((error as Error).message, "kind");
    }
  }
  return {
    cypher: `CALL () {
  MATCH (n:${label})
  WITH n ORDER BY ${ORDERS[orderBy]} SKIP $offset LIMIT $first
  RETURN collect(${entityProjection("n")}) AS items
}
RETURN items, COUNT { (:${label}) } AS total`,
    params: { offset: cypherInt(offset), first: cypherInt(first) },
  };
}
