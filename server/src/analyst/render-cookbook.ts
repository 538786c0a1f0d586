// Writes docs/cypher-cookbook.md from the cookbook files and their results on the seed graph,
// so the results in the doc are real output, regenerated with `npm run cookbook:doc`.
import { display } from "./display-value.ts";
import { formatMarkdown } from "./format-markdown.ts";
import type { CypherFile } from "./parse-cypher-file.ts";
import type { StatementResult } from "./run-statement.ts";

const MAX_ROWS = 12;
const MAX_CELL = 90;

function cell(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL - 1)}…` : flat;
}

const INTRO = `# Cypher cookbook

Questions an analyst of this corpus asks, each answered by one parameterised query in
[\`scripts/cypher/\`](../scripts/cypher/). The results below are real: \`npm run cookbook:doc\`
loads the seed graph (the knowledge base and the five articles in \`seeds/\`) into a throwaway
Neo4j, runs every query with its default parameters and rewrites this file. A test runs every
query against the seed graph too.

Run one yourself (the header's \`@param\` lines are the defaults; \`--param\` overrides them):

\`\`\`sh
npm run cypher -- --file scripts/cypher/02-who-met-person.cypher --param person=ali-khamenei
\`\`\`

or paste the query into Neo4j Browser (http://127.0.0.1:7474/browser/) after setting the
parameters there with \`:param person => 'ali-khamenei'\`. The graph model is in
[graph-model.md](graph-model.md). Long cells are cut here; the CLI shows them whole
(\`--max-width 0\`).
`;

export interface CookbookResult {
  entry: CypherFile;
  result: StatementResult;
}

export function renderCookbook(results: CookbookResult[]): string {
  const toc = results
    .map(({ entry }, i) => `${i + 1}. [${entry.title}](#${entry.name})`)
    .join("\n");
  const sections = results.map(({ entry, result }) => {
    const params = Object.entries(entry.params).map(
      ([k, v]) => `\`${k}\` = \`${JSON.stringify(v)}\``,
    );
    const rows = result.rows
      .slice(0, MAX_ROWS)
      .map((row) => row.map((value) => cell(display(value))));
    const more =
      result.rows.length > MAX_ROWS ? `\n_…and ${result.rows.length - MAX_ROWS} more rows._\n` : "";
    return [
      `<a id="${entry.name}"></a>`,
      `## ${entry.title}`,
      "",
      ...(entry.notes.length > 0 ? [entry.notes.join(" "), ""] : []),
      `File: [\`scripts/cypher/${entry.name}.cypher\`](../scripts/cypher/${entry.name}.cypher)` +
        (params.length > 0 ? ` · parameters: ${params.join(", ")}` : ""),
      "",
      "```cypher",
      entry.body,
      "```",
      "",
      `Result on the seed graph (${result.rows.length} row${result.rows.length === 1 ? "" : "s"}):`,
      "",
      result.rows.length === 0 ? "_(no rows)_\n" : formatMarkdown(result.keys, rows) + more,
    ].join("\n");
  });
  return `${INTRO}\n## Questions\n\n${toc}\n\n${sections.join("\n")}`;
}
