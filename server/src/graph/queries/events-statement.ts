// `events`: a timeline of Event nodes in date order, filtered by dates, kind and participant.
import { cypherInt } from "./cypher-int.ts";
import type { Statement } from "../executor.ts";
import { entityProjection } from "./projections.ts";

export interface EventFilter {
  from?: string | null;
  to?: string | null;
  participant?: string | null;
  kind?: string | null;
}

export function eventsStatement(filter: EventFilter, offset: number, first: number): Statement {
  const start = filter.participant
    ? "MATCH (:Entity {id: $participant})-[:PARTICIPATED_IN]->(e:Event)"
    : "MATCH (e:Event)";
  return {
    cypher: `${start}
WHERE ($from IS NULL OR e.date >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($kind IS NULL OR e.eventKind = $kind)
WITH DISTINCT e ORDER BY e.date IS NULL, e.date, e.id
WITH collect(e) AS events
RETURN size(events) AS total, [e IN events[$offset..($offset + $first)] | ${entityProjection("e")}] AS items`,
    params: {
      participant: filter.participant ?? null,
      from: filter.from ?? null,
      to: filter.to ?? null,
      kind: filter.kind ?? null,
      offset: cypherInt(offset),
      first: cypherInt(first),
    },
  };
}
