// Events merge in the graph, not only within one extraction: an event reported by an article
// joins every stored event it is compatible with, and the cluster keeps the smallest id, so
// ingesting articles in any order gives the same nodes. Each article's report stays on its
// REPORTS edge, and the event's properties are derived from those reports.
import type { ManagedTransaction, QueryResult } from "neo4j-driver";
import type { EventRow } from "./article-graph-rows.ts";
import {
  eventsCompatible,
  kindFamily,
  KIND_PRIORITY,
  type EventReport,
} from "./events-compatible.ts";
import type { Affected } from "./retract-article.ts";

interface StoredEvent extends EventReport {
  id: string;
}

const countryOf = (node: string) =>
  `coalesce(${node}.capitalOf, ${node}.country, CASE WHEN ${node}:Country THEN ${node}.id END)`;

/** For every reported event: the countries of its place and the stored events it could join. */
const CANDIDATES = `
UNWIND range(0, size($rows) - 1) AS i
WITH i, $rows[i] AS row
OPTIONAL MATCH (l:Entity {id: row.location})
CALL (row) {
  CALL (row) {
    MATCH (v:Entity:Event {id: row.id}) RETURN v
    UNION
    UNWIND row.participants AS pid
    MATCH (:Entity {id: pid})-[:PARTICIPATED_IN]->(v:Event)
    WHERE v.eventKind IN row.family
      // dates that cannot agree are pruned here, before the per-candidate lists are built
      AND (row.dateText IS NULL OR v.dateText IS NULL
           OR v.dateText STARTS WITH row.dateText OR row.dateText STARTS WITH v.dateText)
    RETURN v
  }
  RETURN collect(DISTINCT {id: v.id, kind: v.eventKind, dateText: v.dateText,
                           countries: [(v)-[:HELD_IN]->(p) | ${countryOf("p")}],
                           participants: [(q)-[:PARTICIPATED_IN]->(v) | q.id]}) AS candidates
}
RETURN i, ${countryOf("l")} AS country, candidates`;

/** Creates the surviving events, folds the others into them, and records this article's reports. */
const WRITE_EVENTS = `
CALL () {
  UNWIND $creates AS c
  MERGE (v:Entity {id: c.id})
  ON CREATE SET v:Event, v.kind = 'Event', v.origin = 'text', v.kb = false, v.name = c.name,
                v.eventKind = c.kind, v.dateText = c.dateText, v.aliases = [], v.confidence = 0.7
}
CALL () {
  UNWIND $absorbs AS pair
  MATCH (n:Entity:Event {id: pair.from}), (c:Entity:Event {id: pair.into})
  CALL (n, c) {
    MATCH (a:Article)-[r:REPORTS]->(n)
    MERGE (a)-[r2:REPORTS]->(c) SET r2 += properties(r)
  }
  CALL (n, c) {
    MATCH (p)-[r:PARTICIPATED_IN]->(n)
    MERGE (p)-[r2:PARTICIPATED_IN]->(c)
    SET r2.id = p.id + '|PARTICIPATED_IN|' + c.id,
        r2.articles = COLLECT { UNWIND coalesce(r2.articles, []) + r.articles AS x WITH DISTINCT x RETURN x ORDER BY x }
  }
  CALL (n, c) {
    MATCH (n)-[r:HELD_IN]->(l)
    MERGE (c)-[r2:HELD_IN]->(l)
    SET r2.id = c.id + '|HELD_IN|' + l.id,
        r2.articles = COLLECT { UNWIND coalesce(r2.articles, []) + r.articles AS x WITH DISTINCT x RETURN x ORDER BY x }
  }
  DETACH DELETE n
}
CALL () {
  UNWIND $reports AS row
  MATCH (a:Article {id: $article}), (v:Entity:Event {id: row.canonical})
  MERGE (a)-[r:REPORTS]->(v)
  SET r.eventId = row.id, r.name = row.name, r.kind = row.kind, r.dateText = row.dateText
  WITH v, row
  CALL (v, row) {
    UNWIND row.participants AS pid
    MATCH (p:Entity {id: pid})
    MERGE (p)-[r:PARTICIPATED_IN]->(v)
    ON CREATE SET r.articles = [], r.id = p.id + '|PARTICIPATED_IN|' + v.id
    SET r.articles = COLLECT { UNWIND r.articles + $article AS x WITH DISTINCT x RETURN x ORDER BY x }
  }
  CALL (v, row) {
    MATCH (l:Entity {id: row.location})
    MERGE (v)-[r:HELD_IN]->(l)
    ON CREATE SET r.articles = [], r.id = v.id + '|HELD_IN|' + l.id
    SET r.articles = COLLECT { UNWIND r.articles + $article AS x WITH DISTINCT x RETURN x ORDER BY x }
  }
}`;

/** Union-find over event ids: every id ends up with the smallest id of its cluster. */
function clusterIds(groups: string[][]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(id, root);
    return root;
  };
  for (const group of groups) {
    for (const id of group) if (!parent.has(id)) parent.set(id, id);
    for (const id of group.slice(1)) {
      const [a, b] = [find(group[0]!), find(id)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  return new Map([...parent.keys()].map((id) => [id, find(id)]));
}

/**
 * Sends the lookup of the stored events an article's events could join, without waiting, so it
 * travels in the same round trip as the statements sent before it (and runs after them).
 */
export function findEventCandidates(
  tx: ManagedTransaction,
  rows: EventRow[],
): Promise<QueryResult> | null {
  if (rows.length === 0) return null;
  const found = Promise.resolve(
    tx.run(CANDIDATES, {
      rows: rows.map((row) => ({ ...row, family: [...kindFamily(row.kind)] })),
    }),
  );
  // Awaited by mergeEvents; handled now in case an earlier statement fails first.
  found.catch(() => {});
  return found;
}

/**
 * Joins an article's events to the stored ones and records its reports. With `refresh`, the
 * events' shown properties are refreshed in the same round trip (only right when nothing else
 * has to run in between, i.e. no retraction).
 */
export async function mergeEvents(
  tx: ManagedTransaction,
  articleId: string,
  rows: EventRow[],
  affected: Affected,
  candidates: Promise<QueryResult> | null = findEventCandidates(tx, rows),
  refresh = false,
): Promise<void> {
  if (rows.length === 0 || candidates === null) return;
  const found = await candidates;
  const stored = new Set<string>();
  const groups = found.records.map((record) => {
    const row = rows[Number(record.get("i"))]!;
    const country = record.get("country") as string | null;
    const report: EventReport = { ...row, countries: country ? [country] : [] };
    const candidates = (record.get("candidates") as StoredEvent[]).filter(
      (c) => c.id === row.id || eventsCompatible(report, c),
    );
    for (const c of candidates) stored.add(c.id);
    return [row.id, ...candidates.map((c) => c.id)];
  });
  const canonical = clusterIds(groups);
  const canonicalOf = (id: string) => canonical.get(id) ?? id;
  const creates = [...new Map(rows.map((row) => [canonicalOf(row.id), row])).entries()].map(
    ([id, row]) => ({
      id,
      name: row.name,
      kind: row.kind,
      dateText: row.dateText,
    }),
  );
  const absorbs = [...stored]
    .filter((id) => canonicalOf(id) !== id)
    .map((id) => ({ from: id, into: canonicalOf(id) }));
  const reports = rows.map((row) => ({ ...row, canonical: canonicalOf(row.id) }));
  for (const report of reports) affected.events.add(report.canonical);
  const written = tx.run(WRITE_EVENTS, { article: articleId, creates, absorbs, reports });
  await Promise.all([written, refresh ? refreshEvents(tx, affected.events) : null]);
}

/** Derives each event's shown properties from the reports it has left. */
const REFRESH_EVENTS = `
UNWIND $ids AS id
MATCH (v:Entity:Event {id: id})
CALL (v) {
  MATCH (:Article)-[r:REPORTS]->(v)
  WITH r ORDER BY size(coalesce(r.dateText, '')) DESC, r.eventId
  RETURN collect(r {.eventId, .name, .kind, .dateText}) AS reports
}
WITH v, reports, reports[0] AS best WHERE best IS NOT NULL
WITH v, reports, best,
     COLLECT { UNWIND reports AS x WITH DISTINCT x.name AS n WHERE n <> best.name RETURN n ORDER BY n } AS aliases
SET v.name = best.name,
    v.eventKind = coalesce([k IN $priority WHERE k IN [x IN reports | x.kind]][0], 'OTHER'),
    v.dateText = best.dateText,
    v.datePrecision = CASE size(best.dateText) WHEN 10 THEN 'day' WHEN 7 THEN 'month' WHEN 4 THEN 'year' END,
    v.date = CASE WHEN best.dateText IS NULL THEN null ELSE date(best.dateText) END,
    v.aliases = aliases,
    v.aliasText = reduce(s = '', x IN aliases | s + x + ' | '),
    v.mergedIds = COLLECT { UNWIND reports AS x WITH DISTINCT x.eventId AS e RETURN e ORDER BY e }`;

/**
 * Derives each event's shown properties from the reports it has left: the most precise date
 * (ties: the smallest report id), the most specific kind, the other reports' names as aliases.
 */
export async function refreshEvents(tx: ManagedTransaction, ids: Iterable<string>): Promise<void> {
  const list = [...ids];
  if (list.length > 0) await tx.run(REFRESH_EVENTS, { ids: list, priority: KIND_PRIORITY });
}
