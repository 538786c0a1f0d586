// Root lists: search, entities, events (timeline), articles, stats.
import { pageWindow } from "../../graph/queries/pagination.ts";
import { fetchStats } from "../../graph/stats-repository.ts";
import type { QueryResolvers } from "../generated/resolvers-types.ts";
import { entityFields } from "../selection.ts";
import { connection } from "./connection.ts";

export const queryLists: QueryResolvers = {
  search: async (_parent, args, { reader, loaders }, info) => {
    const fields = entityFields(info, [["edges", "node"]]);
    const page = await reader.search(
      args.query,
      args.kinds,
      pageWindow(args.first, args.after),
      fields,
    );
    // Only complete records may serve other fields' lookups.
    if (fields === undefined) loaders.primeEntities(page.items.map((hit) => hit.entity));
    return connection(page, (hit) => ({
      node: hit.entity,
      score: hit.score,
      matchedBy: hit.matchedBy,
    }));
  },
  entities: async (_parent, args, { reader, loaders }) => {
    const window = pageWindow(args.first, args.after);
    const page = await reader.entityList(args.kind, args.orderBy, window);
    loaders.primeEntities(page.items);
    return connection(page, (entity) => ({ node: entity }));
  },
  events: async (_parent, args, { reader, loaders }) => {
    const { first, after, ...filter } = args;
    const page = await reader.events(filter, pageWindow(first, after));
    loaders.primeEntities(page.items);
    return connection(page, (event) => ({ node: event }));
  },
  articles: async (_parent, args, { reader, loaders }) => {
    const { first, after, ...filter } = args;
    const page = await reader.articles(filter, pageWindow(first, after));
    for (const article of page.items) loaders.article.prime(article.id, article);
    return connection(page, (article) => ({ node: article }));
  },
  stats: (_parent, _args, { executor }) => fetchStats(executor),
};
