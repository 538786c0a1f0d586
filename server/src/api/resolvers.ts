// All resolvers, assembled from one file per root-field group and per type family. Resolvers
// read arguments, call the repository or a loader, and map; no Cypher here.
import type { Resolvers } from "./generated/resolvers-types.ts";
import { entityTypes } from "./resolvers/entity-types.ts";
import { itemTypes } from "./resolvers/item-types.ts";
import { mutationIngestArticle } from "./resolvers/mutation-ingest-article.ts";
import { queryGraph } from "./resolvers/query-graph.ts";
import { queryLists } from "./resolvers/query-lists.ts";
import { queryLookups } from "./resolvers/query-lookups.ts";
import { DateScalar, DateTimeScalar } from "./resolvers/scalars.ts";

export const resolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { ...queryLookups, ...queryLists, ...queryGraph },
  ...entityTypes,
  ...itemTypes,
  ...mutationIngestArticle,
};
