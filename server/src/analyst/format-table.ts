// An aligned text table, as cypher-shell prints one: a header, a rule, one line per row.
const width = (text: string) => [...text].length;

function line(cells: string[], widths: number[]): string {
  return `| ${cells.map((cell, i) => cell + " ".repeat((widths[i] ?? 0) - width(cell))).join(" | ")} |`;
}

export function formatTable(keys: string[], rows: string[][]): string {
  const widths = keys.map((key, i) =>
    Math.max(width(key), ...rows.map((row) => width(row[i] ?? ""))),
  );
  const rule = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  return (
    [rule, line(keys, widths), rule, ...rows.map((row) => line(row, widths)), rule].join("\n") +
    "\n"
  );
}
