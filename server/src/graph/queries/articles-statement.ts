// `articles`: newest first, optionally from one source, mentioning one entity, or in a period.
import { cypherInt } from "./cypher-int.ts";
import type { Statement } from "../executor.ts";
import { articleProjection } from "./projections.ts";

export interface ArticleFilter {
  source?: string | null;
  mentioning?: string | null;
  since?: string | null;
  until?: string | null;
}

export function articlesStatement(filter: ArticleFilter, offset: number, first: number): Statement {
  const start = filter.mentioning
    ? "MATCH (:Entity {id: $mentioning})<-[:MENTIONS]-(a:Article)"
    : "MATCH (a:Article)";
  return {
    cypher: `${start}
WHERE ($source IS NULL OR a.source = $source)
  AND ($since IS NULL OR a.publishedAt >= date($since))
  AND ($until IS NULL OR a.publishedAt <= date($until))
WITH DISTINCT a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
WITH collect(a) AS articles
RETURN size(articles) AS total, [a IN articles[$offset..($offset + $first)] | ${articleProjection("a")}] AS items`,
    params: {
      mentioning: filter.mentioning ?? null,
      source: filter.source ?? null,
      since: filter.since ?? null,
      until: filter.until ?? null,
      offset: cypherInt(offset),
      first: cypherInt(first),
    },
  };
}
