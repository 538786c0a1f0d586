// Root graph walks: neighbourhood (a bounded subgraph) and paths between two entities.
import { checkedTypes } from "../../graph/queries/relationship-pattern.ts";
import type { QueryResolvers } from "../generated/resolvers-types.ts";
import { found } from "./not-found.ts";

export const queryGraph: QueryResolvers = {
  neighbourhood: async (_parent, args, { reader, loaders }) => {
    const subgraph = await reader.neighbourhood({
      id: args.id,
      depth: args.depth,
      types: checkedTypes(args.relationshipTypes),
      direction: args.direction,
      kinds: args.kinds,
      minWeight: args.minWeight,
      since: args.since,
      until: args.until,
      origin: args.origin === "KB" ? "kb" : args.origin === "TEXT" ? "text" : null,
      limit: args.limit,
    });
    const result = found(subgraph, "entity", args.id);
    loaders.primeEntities(result.nodes);
    return result;
  },
  paths: async (_parent, args, { reader, loaders }) => {
    const [from, to] = await loaders.entity.loadMany([args.from, args.to]);
    if (from instanceof Error) throw from;
    if (to instanceof Error) throw to;
    found(from, "entity", args.from);
    found(to, "entity", args.to);
    const result = await reader.paths({
      from: args.from,
      to: args.to,
      maxHops: args.maxHops,
      types: checkedTypes(args.relationshipTypes),
      mode: args.mode,
      avoid: args.avoid ?? [],
      limit: args.limit,
    });
    for (const path of result.paths) loaders.primeEntities(path.nodes);
    return result;
  },
};
