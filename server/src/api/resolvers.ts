// Root resolvers: read arguments, call a repository, map the result. No Cypher here.
import { fetchStats } from "../graph/stats-repository.ts";
import type { ApiContext } from "./context.ts";

export const resolvers = {
  Query: {
    stats: (_parent: unknown, _args: unknown, context: ApiContext) => fetchStats(context.executor),
  },
};
