// One typed context per request, built in one place. Later stages add DataLoaders here, fresh
// for every request so nothing is cached across users.
import type { Config } from "../config.ts";
import type { Executor } from "../graph/executor.ts";

export interface ApiContext {
  executor: Executor;
  config: Config;
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
  return {
    executor: deps.executor,
    config: deps.config,
    ingestToken: typeof token === "string" ? token : null,
  };
}
