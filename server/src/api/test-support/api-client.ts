// Test helper: a real HTTP server from createApp on a free loopback port, and a function that
// POSTs GraphQL to it and returns the parsed response.
import { loadConfig, type Config } from "../../config.ts";
import type { Executor } from "../../graph/executor.ts";
import { createApp, type App } from "../create-app.ts";

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export interface ApiClient {
  app: App;
  url: string;
  request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

export async function startApiClient(
  executor: Executor,
  overrides: Partial<Config> = {},
): Promise<ApiClient> {
  const config = loadConfig(process.env, { ...overrides });
  const app = await createApp({ executor, config });
  const { url } = await app.listen(0, "127.0.0.1");
  return {
    app,
    url,
    request: async (query, variables = {}, headers = {}) => {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphqlResponse;
      return { ...body, status: response.status } as never;
    },
    close: () => app.close(),
  };
}
