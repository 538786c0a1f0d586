// Which record properties a query's selection needs, so the graph walks (neighbourhood, paths,
// search) fetch and decode only those instead of every property of every node and edge. Fields
// that resolve through a loader by id (articles, relationships, roles...) need only the id; any
// field not known here makes the projection fall back to the full one, so a new schema field can
// never come back empty by mistake.
import type {
  FieldNode,
  FragmentDefinitionNode,
  GraphQLResolveInfo,
  SelectionSetNode,
} from "graphql";
import type { EntityField, RelationshipField } from "../graph/queries/projections.ts";

const ENTITY_FIELDS: Record<string, EntityField | null> = {
  __typename: "kind",
  id: "id",
  name: "name",
  kind: "kind",
  aliases: "aliases",
  origin: "origin",
  confidence: "confidence",
  mentionCount: "mentionCount",
  articleCount: "articleCount",
  isLeader: "leader",
  iso2: "iso2",
  iso3: "iso3",
  region: "region",
  subregion: "subregion",
  orgType: "orgType",
  actsFor: "actsFor",
  eventKind: "eventKind",
  date: "date",
  datePrecision: "datePrecision",
  dateText: "dateText",
  // Resolved through loaders from the id alone.
  articles: null,
  relationships: null,
  officials: null,
  memberOf: null,
  roles: null,
  members: null,
  country: null,
  events: null,
  place: null,
  participants: null,
  reportedBy: null,
};

const RELATIONSHIP_FIELDS: Record<string, RelationshipField | null> = {
  __typename: null,
  id: "id",
  type: "type",
  symmetric: "type",
  from: "fromId",
  to: "toId",
  weight: "weight",
  articleCount: "articleCount",
  confidence: "confidence",
  firstSeen: "firstSeen",
  lastSeen: "lastSeen",
  origin: "origin",
  kb: "kb",
  learned: "learned",
  role: "role",
  validFrom: "validFrom",
  validTo: "validTo",
  mode: "mode",
  plover: "plover",
  evidence: null,
};

/** Names of the fields selected at `path` below the current field (fragments merged). */
function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>) => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === "InlineFragment") {
        walk(selection.selectionSet, depth, seen);
      } else if (selection.kind === "FragmentSpread") {
        const name = selection.name.value;
        if (seen.has(name)) continue;
        const fragment: FragmentDefinitionNode | undefined = info.fragments[name];
        walk(fragment?.selectionSet, depth, new Set([...seen, name]));
      } else {
        const field: FieldNode = selection;
        if (depth === path.length) out.add(field.name.value);
        else if (field.name.value === path[depth]) walk(field.selectionSet, depth + 1, seen);
      }
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 0, new Set());
  return out;
}

function mapped<T extends string>(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
  table: Record<string, T | null>,
): T[] | undefined {
  const out = new Set<T>();
  for (const path of paths) {
    for (const name of fieldsAt(info, path)) {
      if (!(name in table)) return undefined; // unknown field: fetch everything
      const property = table[name];
      if (property) out.add(property);
    }
  }
  return [...out];
}

/** Entity properties the selections at `paths` read, or undefined for the full projection. */
export function entityFields(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): EntityField[] | undefined {
  return mapped(info, paths, ENTITY_FIELDS);
}

/** Relationship properties the selections at `paths` read, or undefined for all of them. */
export function relationshipFields(
  info: GraphQLResolveInfo,
  paths: readonly (readonly string[])[],
): RelationshipField[] | undefined {
  return mapped(info, paths, RELATIONSHIP_FIELDS);
}
