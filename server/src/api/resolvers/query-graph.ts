// Root graph walks: neighbourhood (a bounded subgraph) and paths between two entities. Each is
// one Cypher statement that returns only the properties the selection reads (see selection.ts);
// relationships come back with their endpoints attached, so `from`/`to` cost no lookup.
import { checkedTypes } from "../../graph/queries/relationship-pattern.ts";
import type { QueryResolvers } from "../generated/resolvers-types.ts";
import { entityFields, relationshipFields } from "../selection.ts";
import { found, notFound } from "./not-found.ts";

export const queryGraph: QueryResolvers = {
  neighbourhood: async (_parent, args, { reader, loaders }, info) => {
    const entities = entityFields(info, [
      ["nodes"],
      ["relationships", "from"],
      ["relationships", "to"],
    ]);
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
      entityFields: entities,
      relationshipFields: relationshipFields(info, [["relationships"]]),
    });
    const result = found(subgraph, "entity", args.id);
    // Only complete records may serve other fields' lookups.
    if (entities === undefined) loaders.primeEntities(result.nodes);
    return result;
  },
  paths: async (_parent, args, { reader, loaders }, info) => {
    const entities = entityFields(info, [
      ["paths", "nodes"],
      ["paths", "relationships", "from"],
      ["paths", "relationships", "to"],
      ["paths", "steps", "from"],
      ["paths", "steps", "to"],
    ]);
    const result = await reader.paths({
      from: args.from,
      to: args.to,
      maxHops: args.maxHops,
      types: checkedTypes(args.relationshipTypes),
      mode: args.mode,
      avoid: args.avoid ?? [],
      limit: args.limit,
      entityFields: entities,
      relationshipFields: relationshipFields(info, [
        ["paths", "relationships"],
        ["paths", "steps", "relationship"],
      ]),
    });
    if (!result.fromFound) throw notFound("entity", args.from);
    if (!result.toFound) throw notFound("entity", args.to);
    if (entities === undefined) for (const path of result.paths) loaders.primeEntities(path.nodes);
    return { paths: result.paths, truncated: result.truncated };
  },
};
