// Date and DateTime: ISO strings out (the repository already converted Neo4j temporals), and
// checked ISO strings in, so a bad date is BAD_USER_INPUT before any Cypher runs.
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

function parseDate(value: unknown): string {
  const match = typeof value === "string" ? DATE.exec(value) : null;
  if (!match) throw badInput(`Date must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const [, y, m, d] = match.map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  if (date.getUTCMonth() !== (m ?? 1) - 1 || date.getUTCDate() !== d) {
    throw badInput(`${String(value)} is not a calendar date`);
  }
  return value as string;
}

function parseDateTime(value: unknown): string {
  if (typeof value !== "string" || !DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    throw badInput(`DateTime must be ISO 8601 with a zone, got ${JSON.stringify(value)}`);
  }
  return value;
}

function literal(parse: (value: unknown) => string) {
  return (ast: ValueNode) => {
    if (ast.kind !== Kind.STRING) throw badInput("expected a string");
    return parse(ast.value);
  };
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: literal(parseDate),
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: "DateTime",
  serialize: (value) => String(value),
  parseValue: parseDateTime,
  parseLiteral: literal(parseDateTime),
});
