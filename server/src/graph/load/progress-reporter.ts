// Progress of a long ingest: a redrawn bar on a terminal, plain log lines elsewhere (CI, pipes).
import type { ArticleResult } from "./ingest-article.ts";
import type { IngestSummary } from "./ingest-summary.ts";

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export function progressReporter(stream: ProgressStream, total: number | null) {
  const started = performance.now();
  let done = 0;
  return {
    onArticle(result: ArticleResult, summary: IngestSummary): void {
      done += 1;
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const failed = summary.articles.failed;
      if (stream.isTTY) {
        const width = 24;
        const filled = total ? Math.round((done / total) * width) : done % (width + 1);
        const bar = `[${"#".repeat(filled)}${"-".repeat(Math.max(0, width - filled))}]`;
        const count = total ? `${done}/${total}` : `${done}`;
        stream.write(`\r${bar} ${count} articles  ${rate.toFixed(1)}/s  ${failed} failed `);
      } else {
        const what = result.status === "failed" ? `failed: ${result.error ?? ""}` : result.status;
        stream.write(`ingest: ${result.file}: ${what}\n`);
      }
    },
    finish(): void {
      if (stream.isTTY && done > 0) stream.write("\n");
    },
  };
}
