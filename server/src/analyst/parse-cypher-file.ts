// A .cypher file with a header: the leading // lines hold the question (first line), notes, and
// `@param name = <JSON>` defaults, so the same file serves the CLI, the cookbook and its tests.
import { basename } from "node:path";
import { CliUsageError } from "./cli-usage-error.ts";

export interface CypherFile {
  name: string;
  title: string;
  notes: string[];
  /** Defaults as JSON values (not yet Cypher values: see toCypherValue). */
  params: Record<string, unknown>;
  /** The statement without the header. */
  body: string;
}

const PARAM = /^@param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.+)$/;

export function parseCypherFile(text: string, path: string): CypherFile {
  const lines = text.split(/\r?\n/);
  const header: string[] = [];
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index]?.trim() ?? "";
    if (!line.startsWith("//")) break;
    header.push(line.replace(/^\/\/\s?/, ""));
  }
  const params: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const line of header.slice(1)) {
    const match = PARAM.exec(line.trim());
    if (!match) {
      notes.push(line);
      continue;
    }
    const [, name = "", raw = ""] = match;
    try {
      params[name] = JSON.parse(raw);
    } catch {
      throw new CliUsageError(`${path}: the default of @param ${name} is not JSON: ${raw}`);
    }
  }
  return {
    name: basename(path).replace(/\.cypher$/, ""),
    title: header[0]?.trim() ?? basename(path),
    notes: notes.map((note) => note.trim()).filter((note) => note !== ""),
    params,
    body: lines.slice(index).join("\n").trim(),
  };
}
