// Root lookups by id: node, entity, article, relationship. Unknown ids are NOT_FOUND.
import { typeOfRelationshipId } from "../../graph/queries/lookup-statements.ts";
import type { QueryResolvers } from "../generated/resolvers-types.ts";
import { found } from "./not-found.ts";

export const queryLookups: QueryResolvers = {
  node: async (_parent, { id }, { reader, loaders }) => {
    // Evidence ids also contain "|TYPE|", so a miss as a relationship falls through.
    const relationship = typeOfRelationshipId(id) ? await loaders.relationship.load(id) : null;
    return found(relationship ?? (await reader.nodeById(id)), "node", id);
  },
  entity: async (_parent, { id }, { loaders }) =>
    found(await loaders.entity.load(id), "entity", id),
  article: async (_parent, { id }, { loaders }) =>
    found(await loaders.article.load(id), "article", id),
  relationship: async (_parent, { id }, { loaders }) =>
    found(await loaders.relationship.load(id), "relationship", id),
};
