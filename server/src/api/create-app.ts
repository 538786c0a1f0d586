// Builds the HTTP app: Apollo Server on /graphql (with graphql-armor's limits and the local
// GraphiQL for browsers) and /health, on an Express 5 app (POST /graphql skips Express, see
// graphql-post.ts), so the caller decides where and when it listens (tests listen on port 0).
import http from "node:http";
import express from "express";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { makeExecutableSchema } from "@graphql-tools/schema";
import type { Config } from "../config.ts";
import type { Executor } from "../graph/executor.ts";
import { buildContext, type ApiContext } from "./context.ts";
import { formatError } from "./format-error.ts";
import { armor } from "./armor.ts";
import { executionGateway } from "./execution-gateway.ts";
import { BODY_LIMIT_BYTES, graphqlPostHandler } from "./graphql-post.ts";
import { healthHandler } from "./health.ts";
import { landingPage } from "./landing-page.ts";
import { loadSchemaSource } from "./load-schema.ts";
import { resolvers } from "./resolvers.ts";

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<ApiContext>;
  /** Resolves with the bound address once listening. */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

/** What Apollo's default cache-control plugin answered for a schema without cache hints. */
const noStore: ApolloServerPlugin<ApiContext> = {
  requestDidStart: () =>
    Promise.resolve({
      willSendResponse: ({ response }) => {
        if (!response.http.headers.has("cache-control")) {
          response.http.headers.set("cache-control", "no-store");
        }
        return Promise.resolve();
      },
    }),
};

export interface AppDeps {
  executor: Executor;
  config: Config;
  /**
   * `compiled` (the default) runs queries through graphql-jit (`compiled-execution.ts`);
   * `graphql-js` leaves execution to Apollo, as a reference the tests compare against.
   */
  execution?: "compiled" | "graphql-js";
}

export async function createApp(deps: AppDeps): Promise<App> {
  const app = express();
  // No ETag on `res.send` bodies: GraphQL answers are `cache-control: no-store`, so hashing each
  // one (40 KB for a 200-relationship subgraph) bought nothing. The GraphiQL assets keep theirs
  // (express.static sets its own).
  app.set("etag", false);
  // The server's handler is assigned once Apollo has started (POST /graphql needs it).
  const httpServer = http.createServer();
  const protection = armor(deps.config.production);
  const schema = makeExecutableSchema({ typeDefs: loadSchemaSource(), resolvers });
  const apollo = new ApolloServer<ApiContext>({
    ...(deps.execution === "graphql-js" ? { schema } : { gateway: executionGateway(schema) }),
    formatError,
    introspection: deps.config.introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: protection.validationRules,
    plugins: [
      // graphql-armor types its plugins for Apollo's base context; they never read ours.
      ...(protection.plugins as unknown as ApolloServerPlugin<ApiContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its cache-control plugin by default; the schema has no @cacheControl
      // hints, so all it did was answer `cache-control: no-store`, but its willResolveField
      // hook made Apollo wrap and instrument every field resolver (about half of execution
      // time on a 200-node subgraph). `noStore` keeps the header without the per-field cost.
      // Usage reporting would only start with an APOLLO_KEY; the graph is local.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      noStore,
    ],
  });
  await apollo.start();
  app.get("/health", healthHandler(deps.executor));
  app.use(landingPage());
  app.use(
    "/graphql",
    express.json({ limit: BODY_LIMIT_BYTES }),
    expressMiddleware(apollo, { context: async ({ req }) => buildContext(deps, req.headers) }),
  );
  const graphqlPost = graphqlPostHandler(apollo, (req) =>
    Promise.resolve(buildContext(deps, req.headers)),
  );
  httpServer.on("request", (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (!graphqlPost(req, res)) void app(req, res);
  });
  return {
    httpServer,
    apollo,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          const bound = typeof address === "object" && address ? address.port : port;
          resolve({ url: `http://${host}:${bound}/graphql`, port: bound });
        });
      }),
    close: () => apollo.stop(),
  };
}
