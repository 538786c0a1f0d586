// Query execution through graphql-jit: a document that is executed again is compiled once into
// a JavaScript function that walks the selection directly (no per-field type lookups or
// argument coercion at run time) and builds plain objects, which also serialise faster than
// graphql-js's null-prototype ones. Everything else stays with graphql-js, so the answers and
// errors clients see do not change:
// - mutations, and any document graphql-jit cannot compile, run through graphql-js `execute`;
// - variables graphql-jit rejects (nothing has run yet) are re-run through graphql-js, which
//   rejects them too, with its own messages and AST nodes (Apollo's BAD_USER_INPUT mapping
//   reads those);
// - resolver and null-propagation errors are rebuilt as graphql-js GraphQLErrors with the same
//   message, path, locations, original error and extensions, so formatError sees what it sees
//   under graphql-js.
// Compiled functions are kept per parsed document (Apollo's document store hands back the same
// DocumentNode for the same query text), for at most `maxCompiled` documents, least recently
// used dropped first; a dropped document starts over as if never seen. Compiling only from the
// second execution on means a stream of one-off documents costs no more than it did before.

// graphql's CommonJS entry, spelled out: it is the copy Apollo, graphql-tools and graphql-jit
// load (Node resolves a bare "graphql" to it too, but vitest resolves it to index.mjs, a second
// copy whose schema checks and GraphQLError class the others do not recognise).
import {
  execute,
  getOperationAST,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from "graphql/index.js";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

export interface ExecutionRequest {
  document: DocumentNode;
  operationName?: string | null | undefined;
  variableValues?: Record<string, unknown> | null | undefined;
  contextValue: unknown;
}

export type Execute = (request: ExecutionRequest) => Promise<ExecutionResult>;

/** Compiled query per operation name of a document; null when graphql-jit could not compile it. */
type Compiled = Map<string, CompiledQuery | null>;

/** A graphql-jit error as the graphql-js error execution would have produced. */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-js computes locations from AST nodes; graphql-jit reports them already computed.
  Object.defineProperty(rebuilt, "locations", { value: error.locations, enumerable: true });
  return rebuilt;
}

export function compiledExecution(
  schema: GraphQLSchema,
  { maxCompiled = 500 }: { maxCompiled?: number } = {},
): Execute {
  /** Operations executed once so far (by graphql-js), per document. */
  const seen = new WeakMap<DocumentNode, Set<string>>();
  /** Insertion order is recency: a hit moves its document to the end. */
  const compiled = new Map<DocumentNode, Compiled>();

  const compiledFor = (document: DocumentNode, operationName: string): CompiledQuery | null => {
    const operations = compiled.get(document);
    if (operations) {
      compiled.delete(document);
      compiled.set(document, operations);
      const hit = operations.get(operationName);
      if (hit !== undefined) return hit;
    }
    const once = seen.get(document) ?? new Set<string>();
    if (!once.has(operationName)) {
      seen.set(document, once.add(operationName));
      return null;
    }
    const result = compileQuery(schema, document, operationName || undefined);
    const query = isCompiledQuery(result) ? result : null;
    compiled.set(document, (operations ?? new Map()).set(operationName, query));
    if (compiled.size > maxCompiled) {
      const [oldest] = compiled.keys();
      if (oldest) {
        compiled.delete(oldest);
        seen.delete(oldest);
      }
    }
    return query;
  };

  const viaGraphqlJs = async (request: ExecutionRequest): Promise<ExecutionResult> =>
    execute({
      schema,
      document: request.document,
      operationName: request.operationName,
      variableValues: request.variableValues,
      contextValue: request.contextValue,
    });

  return async (request) => {
    const operation = getOperationAST(request.document, request.operationName);
    if (operation?.operation !== "query") return viaGraphqlJs(request);
    const compiled = compiledFor(request.document, request.operationName ?? "");
    if (!compiled) return viaGraphqlJs(request);
    const result = await compiled.query(undefined, request.contextValue, request.variableValues);
    // No data at all: the variables were rejected before any resolver ran.
    if (!("data" in result)) return viaGraphqlJs(request);
    // Same shape as graphql-js's (errors first, only when there are any).
    return result.errors?.length
      ? { errors: result.errors.map(asGraphqlJsError), data: result.data }
      : { data: result.data };
  };
}
