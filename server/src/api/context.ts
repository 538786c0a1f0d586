// One typed context per request, built in one place, with fresh DataLoaders so nothing is
// cached across requests or users.
import type { Config } from "../config.ts";
import type { Executor } from "../graph/executor.ts";
import { GraphReader } from "../graph/queries/graph-reader.ts";
import { createLoaders, type Loaders } from "./loaders.ts";

export interface ApiContext {
  executor: Executor;
  config: Config;
  reader: GraphReader;
  loaders: Loaders;
  /** Value of the ingest token header, when the request sent one. */
  ingestToken: string | null;
}

export interface ContextDeps {
  executor: Executor;
  config: Config;
}

export function buildContext(
  deps: ContextDeps,
  headers: Record<string, string | string[] | undefined>,
): ApiContext {
  const token = headers["x-ingest-token"];
  const reader = new GraphReader(deps.executor);
  return {
    executor: deps.executor,
    config: deps.config,
    reader,
    loaders: createLoaders(reader),
    ingestToken: typeof token === "string" ? token : null,
  };
}
