import {
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
} from "graphql";
import { describe, expect, it } from "vitest";
import { entityFields, relationshipFields } from "./selection.ts";

/** The parts of a resolve info selection.ts reads, for the first root field of `query`. */
function info(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === "OperationDefinition");
  if (operation?.kind !== "OperationDefinition") throw new Error("no operation");
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === "FragmentDefinition") fragments[d.name.value] = d;
  const field = operation.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

const NB = [["nodes"], ["relationships", "from"], ["relationships", "to"]] as const;

describe("selected fields", () => {
  it("maps GraphQL fields to stored properties across fragments and positions", () => {
    const i = info(`query { neighbourhood(id: "x") {
      nodes { id ...F ... on Person { isLeader } }
      relationships { id weight validFrom from { name } to { id articles { totalCount } } }
    } }
    fragment F on Entity { __typename mentionCount }`);
    expect(entityFields(i, NB)?.sort()).toEqual(["id", "kind", "leader", "mentionCount", "name"]);
    expect(relationshipFields(i, [["relationships"]])?.sort()).toEqual([
      "fromId",
      "id",
      "toId",
      "validFrom",
      "weight",
    ]);
  });

  it("falls back to the full projection for a field it does not know", () => {
    const i = info(`query { neighbourhood(id: "x") { nodes { id somethingNew } } }`);
    expect(entityFields(i, NB)).toBeUndefined();
  });
});
