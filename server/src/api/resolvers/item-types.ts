// Field resolvers of the non-entity types: Node, Article, Mention, Evidence, Relationship,
// Path and PathStep. Every lookup goes through a DataLoader.
import { pageWindow, checkedLimit } from "../../graph/queries/pagination.ts";
import { LIMITS } from "../../graph/queries/limits.ts";
import type { PathRecord, PathStepRecord } from "../../graph/queries/records.ts";
import { RELATION_TYPES } from "../../graph/vocabulary.ts";
import type { PloverType, Resolvers } from "../generated/resolvers-types.ts";
import { connection } from "./connection.ts";
import { required } from "./entity-types.ts";

const PLOVER = new Set<string>([
  "CONSULT",
  "COOPERATE",
  "SUPPORT",
  "AID",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "SANCTION",
  "ASSAULT",
  "COERCE",
]);

function steps(path: PathRecord): PathStepRecord[] {
  return path.relationships.map((relationship, i) => {
    const from = path.nodes[i];
    const to = path.nodes[i + 1];
    if (!from || !to) throw new Error("path has fewer nodes than relationships + 1");
    return { from, relationship, to, reversed: relationship.fromId !== from.id };
  });
}

export const itemTypes: Resolvers = {
  Node: {
    __resolveType: (node) => (node.nodeType === "Entity" ? node.kind : node.nodeType),
  },
  Article: {
    mentions: async (article, { first }, { loaders }) =>
      loaders.mentionsOf(checkedLimit(first, "first", LIMITS.mentionsPerArticle)).load(article.id),
    events: (article, _args, { loaders }) => loaders.eventsOfArticle.load(article.id),
  },
  Mention: {
    entity: (mention, _args, { loaders }) =>
      loaders.entity.load(mention.entityId).then(required(mention.entityId)),
  },
  Evidence: {
    article: (evidence, _args, { loaders }) =>
      evidence.articleId ? loaders.article.load(evidence.articleId) : null,
    relationshipId: (evidence) => evidence.relId,
    relationshipType: (evidence) => evidence.relType,
  },
  Relationship: {
    symmetric: (rel) => RELATION_TYPES[rel.type].symmetric,
    from: (rel, _args, { loaders }) =>
      rel.ends?.from ?? loaders.entity.load(rel.fromId).then(required(rel.fromId)),
    to: (rel, _args, { loaders }) =>
      rel.ends?.to ?? loaders.entity.load(rel.toId).then(required(rel.toId)),
    plover: (rel) =>
      rel.plover !== null && PLOVER.has(rel.plover) ? (rel.plover as PloverType) : null,
    evidence: async (rel, args, { loaders }) => {
      const page = await loaders
        .evidenceOf(pageWindow(args.first, args.after, 100, 10))
        .load(rel.id);
      return connection(page, (evidence) => ({ node: evidence }));
    },
  },
  Path: {
    length: (path) => path.relationships.length,
    steps: (path) => steps(path),
  },
};
