// Events merge in the graph, not only within one extraction: an event reported by an article
// joins every stored event it is compatible with, and the cluster keeps the smallest id, so
// ingesting articles in any order gives the same nodes. Each article's report stays on its
// REPORTS edge, and the event's properties are derived from those reports.
import type { ManagedTransaction } from "neo4j-driver";
import type { EventKind } from "../vocabulary.ts";
import type { EventRow } from "./article-graph-rows.ts";
import {
  datePrecision,
  eventsCompatible,
  kindFamily,
  mergedKind,
  type EventReport,
} from "./events-compatible.ts";
import type { Affected } from "./retract-article.ts";

interface StoredEvent extends EventReport {
  id: string;
}

const COUNTRY_OF = "coalesce(l.capitalOf, l.country, CASE WHEN l:Country THEN l.id END)";

async function countriesOf(tx: ManagedTransaction, location: string | null): Promise<string[]> {
  if (location === null) return [];
  const result = await tx.run(`MATCH (l:Entity {id: $id}) RETURN ${COUNTRY_OF} AS country`, {
    id: location,
  });
  const country = result.records[0]?.get("country") as string | null | undefined;
  return country ? [country] : [];
}

async function candidates(tx: ManagedTransaction, row: EventRow): Promise<StoredEvent[]> {
  const result = await tx.run(
    `CALL () {
       MATCH (v:Event {id: $id}) RETURN v
       UNION
       UNWIND $participants AS pid
       MATCH (:Entity {id: pid})-[:PARTICIPATED_IN]->(v:Event) WHERE v.eventKind IN $family
       RETURN v
     }
     RETURN DISTINCT v.id AS id, v.eventKind AS kind, v.dateText AS dateText,
            [(v)-[:HELD_IN]->(l) | ${COUNTRY_OF}] AS countries,
            [(p)-[:PARTICIPATED_IN]->(v) | p.id] AS participants`,
    { id: row.id, participants: row.participants, family: [...kindFamily(row.kind)] },
  );
  return result.records.map((record) => ({
    id: record.get("id") as string,
    kind: record.get("kind") as EventKind,
    dateText: record.get("dateText") as string | null,
    countries: (record.get("countries") as (string | null)[]).filter(
      (c): c is string => c !== null,
    ),
    participants: record.get("participants") as string[],
  }));
}

/** Moves every edge of event `from` onto event `into`, then deletes `from`. */
async function absorb(tx: ManagedTransaction, from: string, into: string): Promise<void> {
  await tx.run(
    `MATCH (n:Event {id: $from}), (c:Event {id: $into})
     CALL (n, c) {
       MATCH (a:Article)-[r:REPORTS]->(n)
       MERGE (a)-[r2:REPORTS]->(c) SET r2 += properties(r)
     }
     CALL (n, c) {
       MATCH (p)-[r:PARTICIPATED_IN]->(n)
       MERGE (p)-[r2:PARTICIPATED_IN]->(c)
       SET r2.id = p.id + '|PARTICIPATED_IN|' + c.id, r2.articles = COLLECT { UNWIND coalesce(r2.articles, []) + r.articles AS x WITH DISTINCT x RETURN x ORDER BY x }
     }
     CALL (n, c) {
       MATCH (n)-[r:HELD_IN]->(l)
       MERGE (c)-[r2:HELD_IN]->(l)
       SET r2.id = c.id + '|HELD_IN|' + l.id, r2.articles = COLLECT { UNWIND coalesce(r2.articles, []) + r.articles AS x WITH DISTINCT x RETURN x ORDER BY x }
     }
     DETACH DELETE n`,
    { from, into },
  );
}

export async function mergeEvents(
  tx: ManagedTransaction,
  articleId: string,
  rows: EventRow[],
  affected: Affected,
): Promise<void> {
  for (const row of rows) {
    const report: EventReport = { ...row, countries: await countriesOf(tx, row.location) };
    const cluster = (await candidates(tx, row)).filter(
      (c) => c.id === row.id || eventsCompatible(report, c),
    );
    const canonical = [row.id, ...cluster.map((c) => c.id)].sort()[0] ?? row.id;
    await tx.run(
      `MERGE (v:Entity {id: $id})
       ON CREATE SET v:Event, v.kind = 'Event', v.origin = 'text', v.kb = false, v.name = $name,
                     v.eventKind = $kind, v.dateText = $dateText, v.aliases = [], v.confidence = 0.7`,
      { id: canonical, name: row.name, kind: row.kind, dateText: row.dateText },
    );
    for (const other of cluster) if (other.id !== canonical) await absorb(tx, other.id, canonical);
    await tx.run(
      `MATCH (a:Article {id: $article}), (v:Event {id: $id})
       MERGE (a)-[r:REPORTS]->(v)
       SET r.eventId = $row.id, r.name = $row.name, r.kind = $row.kind, r.dateText = $row.dateText
       WITH v
       CALL (v) {
         UNWIND $row.participants AS pid
         MATCH (p:Entity {id: pid})
         MERGE (p)-[r:PARTICIPATED_IN]->(v)
         ON CREATE SET r.articles = [], r.id = p.id + '|PARTICIPATED_IN|' + v.id
         SET r.articles = COLLECT { UNWIND r.articles + $article AS x WITH DISTINCT x RETURN x ORDER BY x }
       }
       CALL (v) {
         MATCH (l:Entity {id: $row.location})
         MERGE (v)-[r:HELD_IN]->(l)
         ON CREATE SET r.articles = [], r.id = v.id + '|HELD_IN|' + l.id
         SET r.articles = COLLECT { UNWIND r.articles + $article AS x WITH DISTINCT x RETURN x ORDER BY x }
       }`,
      { article: articleId, id: canonical, row },
    );
    affected.events.add(canonical);
  }
}

/** Derives each event's shown properties from the reports it has left. */
export async function refreshEvents(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const result = await tx.run(
    `UNWIND $ids AS id
     MATCH (a:Article)-[r:REPORTS]->(v:Event {id: id})
     RETURN v.id AS id, collect({eventId: r.eventId, name: r.name, kind: r.kind, dateText: r.dateText}) AS reports`,
    { ids: [...ids] },
  );
  const updates = result.records.map((record) => {
    const reports = (
      record.get("reports") as {
        eventId: string;
        name: string;
        kind: EventKind;
        dateText: string | null;
      }[]
    )
      .slice()
      .sort(
        (x, y) =>
          (y.dateText?.length ?? 0) - (x.dateText?.length ?? 0) ||
          x.eventId.localeCompare(y.eventId),
      );
    const best = reports[0];
    const names = [...new Set(reports.map((r) => r.name))].sort();
    return {
      id: record.get("id") as string,
      name: best?.name ?? null,
      eventKind: mergedKind(reports.map((r) => r.kind)),
      dateText: best?.dateText ?? null,
      datePrecision: datePrecision(best?.dateText ?? null),
      aliases: names.filter((n) => n !== best?.name),
      mergedIds: [...new Set(reports.map((r) => r.eventId))].sort(),
    };
  });
  await tx.run(
    `UNWIND $updates AS u
     MATCH (v:Event {id: u.id})
     SET v.name = u.name, v.eventKind = u.eventKind, v.dateText = u.dateText, v.datePrecision = u.datePrecision,
         v.date = CASE WHEN u.dateText IS NULL THEN null ELSE date(u.dateText) END,
         v.aliases = u.aliases, v.aliasText = reduce(s = '', x IN u.aliases | s + x + ' | '), v.mergedIds = u.mergedIds`,
    { updates },
  );
}
