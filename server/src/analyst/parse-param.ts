// `--param name=value`: the value is read as JSON when it parses (numbers, booleans, null,
// lists, maps, "quoted strings") and as a plain string otherwise, so `--param date=2022-07-19`
// and `--param limit=5` both do what an analyst means.
import neo4j from "neo4j-driver";
import { CliUsageError } from "./cli-usage-error.ts";

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whole JSON numbers become Cypher INTEGERs: `LIMIT $n` refuses a FLOAT such as 5.0. */
export function toCypherValue(value: unknown): unknown {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherValue);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherValue(v)]));
  }
  return value;
}

export function parseParam(text: string): [string, unknown] {
  const eq = text.indexOf("=");
  const name = (eq < 0 ? text : text.slice(0, eq)).trim().replace(/^\$/, "");
  if (eq < 0 || !NAME.test(name)) {
    throw new CliUsageError(
      `--param ${text}: write it as name=value, e.g. --param name='"Vladimir Putin"' or --param limit=10`,
    );
  }
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // not JSON: the text itself is the value
  }
  return [name, toCypherValue(value)];
}
