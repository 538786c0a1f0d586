// A GitHub-flavoured Markdown table, for the cookbook's result tables.
const escape = (cell: string) => cell.replace(/\\/g, "\\\\").replace(/\|/g, "\\|");

export function formatMarkdown(keys: string[], rows: string[][]): string {
  if (keys.length === 0) return "_(no columns)_\n";
  const lines = [
    `| ${keys.map(escape).join(" | ")} |`,
    `|${keys.map(() => "---").join("|")}|`,
    ...rows.map((row) => `| ${keys.map((_, i) => escape(row[i] ?? "")).join(" | ")} |`),
  ];
  return lines.join("\n") + "\n";
}
