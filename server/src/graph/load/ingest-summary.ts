// Totals over an ingest run, for the command's last lines and the API's mutation result.
import type { ArticleResult } from "./ingest-article.ts";

export interface IngestSummary {
  articles: { new: number; changed: number; unchanged: number; failed: number };
  entities: { created: number; updated: number; removed: number };
  relationships: { created: number; updated: number; removed: number };
  evidence: number;
  failures: { file: string; error: string }[];
}

export function emptySummary(): IngestSummary {
  return {
    articles: { new: 0, changed: 0, unchanged: 0, failed: 0 },
    entities: { created: 0, updated: 0, removed: 0 },
    relationships: { created: 0, updated: 0, removed: 0 },
    evidence: 0,
    failures: [],
  };
}

export function addResult(summary: IngestSummary, result: ArticleResult): void {
  summary.articles[result.status] += 1;
  summary.entities.created += result.entitiesCreated;
  summary.entities.updated += result.entitiesUpdated;
  summary.entities.removed += result.entitiesRemoved;
  summary.relationships.created += result.relationshipsCreated;
  summary.relationships.updated += result.relationshipsUpdated;
  summary.relationships.removed += result.relationshipsRemoved;
  summary.evidence += result.evidence;
  if (result.status === "failed")
    summary.failures.push({ file: result.file, error: result.error ?? "failed" });
}

export function formatSummary(summary: IngestSummary): string {
  const { articles: a, entities: e, relationships: r } = summary;
  return [
    `articles: ${a.new} new, ${a.changed} changed, ${a.unchanged} unchanged, ${a.failed} failed`,
    `entities: ${e.created} created, ${e.updated} updated, ${e.removed} removed`,
    `relationships: ${r.created} created, ${r.updated} updated, ${r.removed} removed (${summary.evidence} evidence sentences)`,
  ].join("\n");
}
