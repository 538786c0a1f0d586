// POST /graphql straight from node:http to Apollo. Express's router, body parser and `res.send`
// took a measurable share of a small query's time for nothing a GraphQL POST needs; GET (the
// GraphiQL page and GET queries) and everything else still go through the Express app.
// Bad bodies get GraphQL-shaped errors instead of Express's HTML error page.
import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";

/** Largest request body accepted, in bytes (a GraphQL document and its variables). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

type Handler = (req: IncomingMessage, res: ServerResponse) => boolean;

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Returns a handler that answers a POST to `path` and returns true, or returns false and leaves
 * the request alone.
 */
export function graphqlPostHandler<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: IncomingMessage) => Promise<C>,
  path = "/graphql",
): Handler {
  return (req, res) => {
    if (req.method !== "POST") return false;
    const url = req.url ?? "";
    const query = url.indexOf("?");
    const pathname = query === -1 ? url : url.slice(0, query);
    if (pathname !== path && pathname !== `${path}/`) return false;
    answer(apollo, context, req, res, query === -1 ? "" : url.slice(query)).catch(
      (error: unknown) => {
        const status = error instanceof BodyError ? error.status : 500;
        const message = error instanceof BodyError ? error.message : "Internal server error";
        if (res.headersSent) {
          res.destroy();
          return;
        }
        reply(
          res,
          status,
          { "content-type": "application/json; charset=utf-8" },
          errorBody(message),
        );
      },
    );
    return true;
  };
}

async function answer<C extends BaseContext>(
  apollo: ApolloServer<C>,
  context: (req: IncomingMessage) => Promise<C>,
  req: IncomingMessage,
  res: ServerResponse,
  search: string,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const raw = await readBody(req);
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: "POST", headers, search, body: parseBody(headers, raw) },
    context: () => context(req),
  });
  const out: Record<string, string> = {};
  for (const [key, value] of response.headers) out[key] = value;
  if (response.body.kind === "complete") {
    reply(res, response.status ?? 200, out, response.body.string);
    return;
  }
  res.writeHead(response.status ?? 200, out);
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function reply(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: string,
): void {
  res.writeHead(status, { ...headers, "content-length": Buffer.byteLength(body) });
  res.end(body);
}

function errorBody(message: string): string {
  return JSON.stringify({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (declared > BODY_LIMIT_BYTES) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        req.removeAllListeners("data");
        req.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function tooLarge(): BodyError {
  return new BodyError(413, `The request body is larger than ${BODY_LIMIT_BYTES} bytes.`);
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body as Apollo expects it: parsed JSON for a JSON content type, otherwise nothing (Apollo
 * then answers that the POST body is missing or has the wrong content type).
 */
function parseBody(headers: HeaderMap, raw: Buffer): unknown {
  const type = headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) return undefined;
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw new BodyError(400, "The request body is not valid UTF-8.");
  }
  if (text.trim() === "") throw new BodyError(400, "The request body is empty.");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BodyError(400, `The request body is not valid JSON: ${(error as Error).message}`);
  }
}
