// The project's own database errors. Neo4j's error codes are translated here and nowhere else,
// so callers (API, CLI, ingest) switch on a small closed set instead of driver internals.
import { Neo4jError } from "neo4j-driver";

export type DatabaseErrorKind =
  | "UNAVAILABLE"
  | "AUTH"
  | "CONSTRAINT"
  | "TIMEOUT"
  | "SYNTAX"
  | "READ_ONLY"
  | "INVALID_ARGUMENT"
  | "INTERNAL";

export class DatabaseError extends Error {
  override name = "DatabaseError";
  constructor(
    readonly kind: DatabaseErrorKind,
    message: string,
    readonly neo4jCode?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const UNAVAILABLE_CODES = new Set(["ServiceUnavailable", "SessionExpired", "N/A"]);

export function translateNeo4jError(error: unknown): DatabaseError {
  if (error instanceof DatabaseError) return error;
  if (!(error instanceof Neo4jError)) {
    const message = error instanceof Error ? error.message : String(error);
    if (/ECONNREFUSED|ECONNRESET|connect|socket/i.test(message)) {
      return new DatabaseError("UNAVAILABLE", `Neo4j is not reachable: ${message}`, undefined, {
        cause: error,
      });
    }
    return new DatabaseError("INTERNAL", message, undefined, { cause: error });
  }
  const code = error.code;
  const make = (kind: DatabaseErrorKind, message: string) =>
    new DatabaseError(kind, message, code, { cause: error });
  if (
    UNAVAILABLE_CODES.has(code) ||
    code.startsWith("Neo.TransientError.General.DatabaseUnavailable")
  ) {
    return make(
      "UNAVAILABLE",
      `Neo4j is not reachable (${error.message}); start it with \`npm run db:start\` or check NEO4J_URI`,
    );
  }
  if (code.startsWith("Neo.ClientError.Security")) {
    return make(
      "AUTH",
      `Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD (${error.message})`,
    );
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return make("CONSTRAINT", `A uniqueness constraint was violated: ${error.message}`);
  }
  if (code === "Neo.ClientError.Statement.SyntaxError") return make("SYNTAX", error.message);
  if (
    code === "Neo.ClientError.Transaction.TransactionTimedOut" ||
    code === "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration" ||
    code === "Neo.TransientError.Transaction.LockClientStopped" ||
    (code.includes(".Transaction.") && /terminated|timed? ?out/i.test(error.message))
  ) {
    return make("TIMEOUT", `The query ran past its time limit and was stopped: ${error.message}`);
  }
  if (
    code === "Neo.ClientError.Statement.AccessMode" ||
    /write.*read|read.*access mode/i.test(error.message)
  ) {
    return make("READ_ONLY", `Writes are not allowed in a read transaction: ${error.message}`);
  }
  if (
    code.startsWith("Neo.ClientError.Statement") ||
    code.startsWith("Neo.ClientError.Procedure")
  ) {
    return make("INVALID_ARGUMENT", error.message);
  }
  return make("INTERNAL", `${code}: ${error.message}`);
}
