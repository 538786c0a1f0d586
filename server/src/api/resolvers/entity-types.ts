// The Entity interface and its five types. Common fields (articles, relationships) are shared;
// kind-specific ones (roles, members, participants...) follow one relationship type each
// through the batched `relationshipsOf` loader.
import { LIMITS } from "../../graph/queries/limits.ts";
import { checkedLimit, pageWindow } from "../../graph/queries/pagination.ts";
import type { EntityRecord, RelationshipRecord } from "../../graph/queries/records.ts";
import { checkedTypes, type DirectionValue } from "../../graph/queries/relationship-pattern.ts";
import type { RelationType } from "../../graph/vocabulary.ts";
import type { ApiContext } from "../context.ts";
import type { Resolvers } from "../generated/resolvers-types.ts";
import { connection } from "./connection.ts";

const ROLE_TYPES: RelationType[] = ["LEADS", "HOLDS_ROLE"];

async function edges(
  context: ApiContext,
  id: string,
  types: RelationType[],
  direction: DirectionValue,
): Promise<RelationshipRecord[]> {
  const result = await context.loaders
    .relationshipsOf(types, direction, LIMITS.relationshipsPerEntity)
    .load(id);
  return result.relationships;
}

async function neighbours(
  context: ApiContext,
  id: string,
  types: RelationType[],
  direction: DirectionValue,
): Promise<EntityRecord[]> {
  const rels = await edges(context, id, types, direction);
  const others = await context.loaders.entity.loadMany(
    rels.map((r) => (r.fromId === id ? r.toId : r.fromId)),
  );
  return others.filter((e): e is EntityRecord => e !== null && !(e instanceof Error));
}

/** Current roles first, then the most recently started. */
function currentFirst(roles: RelationshipRecord[]): RelationshipRecord[] {
  return [...roles].sort(
    (a, b) =>
      Number(a.validTo !== null) - Number(b.validTo !== null) ||
      (b.validFrom ?? "").localeCompare(a.validFrom ?? ""),
  );
}

const common = {
  articles: async (
    parent: EntityRecord,
    args: { first?: number | null; after?: string | null },
    context: ApiContext,
  ) => {
    const window = pageWindow(args.first, args.after);
    const page = await context.loaders.articlesOf(window).load(parent.id);
    return connection(page, (article) => ({ node: article }));
  },
  relationships: async (
    parent: EntityRecord,
    args: {
      types?: readonly string[] | null;
      direction?: DirectionValue | null;
      first?: number | null;
    },
    context: ApiContext,
  ) => {
    const first = checkedLimit(args.first ?? 50, "first", LIMITS.relationshipsPerEntity);
    const loader = context.loaders.relationshipsOf(
      checkedTypes(args.types),
      args.direction ?? "BOTH",
      first,
    );
    return (await loader.load(parent.id)).relationships;
  },
};

export const entityTypes: Resolvers = {
  Entity: { __resolveType: (entity) => entity.kind },
  Country: {
    ...common,
    officials: async (p, _a, c) => currentFirst(await edges(c, p.id, ROLE_TYPES, "INCOMING")),
    memberOf: (p, _a, c) => neighbours(c, p.id, ["MEMBER_OF"], "OUTGOING"),
  },
  Person: {
    ...common,
    roles: async (p, _a, c) => currentFirst(await edges(c, p.id, ROLE_TYPES, "OUTGOING")),
  },
  Organisation: {
    ...common,
    actsFor: async (p, _a, c) => (p.actsForId ? c.loaders.entity.load(p.actsForId) : null),
    members: (p, _a, c) => neighbours(c, p.id, ["MEMBER_OF"], "INCOMING"),
    officials: async (p, _a, c) => currentFirst(await edges(c, p.id, ROLE_TYPES, "INCOMING")),
  },
  Location: {
    ...common,
    country: async (p, _a, c) => (await neighbours(c, p.id, ["LOCATED_IN"], "OUTGOING"))[0] ?? null,
    events: (p, _a, c) => neighbours(c, p.id, ["HELD_IN"], "INCOMING"),
  },
  Event: {
    ...common,
    place: async (p, _a, c) => (await neighbours(c, p.id, ["HELD_IN"], "OUTGOING"))[0] ?? null,
    participants: (p, _a, c) => neighbours(c, p.id, ["PARTICIPATED_IN"], "INCOMING"),
    reportedBy: (p, _a, c) => c.loaders.reportsOfEvent.load(p.id),
  },
  Role: {
    person: (role, _a, c) => c.loaders.entity.load(role.fromId).then(required(role.fromId)),
    of: (role, _a, c) => c.loaders.entity.load(role.toId).then(required(role.toId)),
    from: (role) => role.validFrom,
    to: (role) => role.validTo,
    relationship: (role) => role,
  },
};

/** An endpoint of an existing relationship always exists; anything else is a server bug. */
export function required(id: string) {
  return (entity: EntityRecord | null): EntityRecord => {
    if (!entity) throw new Error(`relationship endpoint ${id} is missing`);
    return entity;
  };
}
