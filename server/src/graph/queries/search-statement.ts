// Full-text search over `entity_names` (name and aliases, diacritics folded). The user's words
// are escaped into a Lucene query; an organisation that acts for a country (the Kremlin for
// Russia) brings that country into the hits just below it. Only the requested page is projected
// (to the fields the caller reads), not every ranked hit.
import { cypherInt } from "./cypher-int.ts";
import type { Statement } from "../executor.ts";
import { InputError } from "./input-error.ts";
import { LIMITS } from "./limits.ts";
import { entityProjection, type EntityField } from "./projections.ts";
import { kindExpression } from "./relationship-pattern.ts";

/** How many index hits are ranked at most; pages are cut from these. */
export const SEARCH_HIT_CAP = 500;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Words to a Lucene query: each word exact (boosted) or as a prefix. No fuzzy terms: on a
 * large index they expand to thousands of terms, and spelling variants live in the aliases.
 */
export function luceneQuery(text: string): string {
  if (text.length > LIMITS.searchQueryLength) {
    throw new InputError(`query is longer than ${LIMITS.searchQueryLength} characters`, "query");
  }
  const words = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(LUCENE_SPECIAL, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && !["and", "or", "not", "to"].includes(word))
    .slice(0, 8);
  if (words.length === 0) throw new InputError("query has no searchable words", "query");
  return words.map((word) => (word.length >= 3 ? `(${word}^3 OR ${word}*)` : word)).join(" AND ");
}

export function searchStatement(
  text: string,
  kinds: readonly string[] | null | undefined,
  offset: number,
  first: number,
  fields?: readonly EntityField[],
): Statement {
  const label = kindExpression(kinds);
  const kindFilter = label === "" ? "" : `WHERE n${label}`;
  return {
    cypher: `CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $cap}) YIELD node, score
OPTIONAL MATCH (country:Entity {id: node.actsFor})
WITH collect({n: node, s: score, by: 'name'}) +
     collect(CASE WHEN country IS NULL THEN null ELSE {n: country, s: score * 0.99, by: 'actsFor'} END) AS raw
UNWIND raw AS hit
WITH hit ORDER BY hit.s DESC
WITH hit.n AS n, collect(hit)[0] AS best
${kindFilter}
WITH n, best ORDER BY best.s DESC, n.mentionCount DESC, n.id
WITH collect({n: n, score: best.s, matchedBy: best.by}) AS hits
CALL (hits) {
  UNWIND hits[$offset..($offset + $first)] AS hit
  WITH hit, hit.n AS n
  RETURN collect({entity: ${entityProjection("n", fields)}, score: hit.score, matchedBy: hit.matchedBy}) AS items
}
RETURN size(hits) AS total, items`,
    params: {
      lucene: luceneQuery(text),
      cap: cypherInt(SEARCH_HIT_CAP),
      offset: cypherInt(offset),
      first: cypherInt(first),
    },
  };
}
