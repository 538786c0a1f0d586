// Turns the knowledge base into rows for the graph: one row per entity (grouped by kind so the
// label comes from the vocabulary) and one per structural edge. Pure, so it is tested without
// a database.
import type { KnowledgeBase } from "../../kb/types.ts";
import type { RelationType } from "../vocabulary.ts";
import { orient, relationId } from "./relation-id.ts";
import { roleRelationType } from "./role-relation-type.ts";

export type KbKind = "Country" | "Person" | "Organisation" | "Location";

export interface KbEntityRow {
  id: string;
  name: string;
  kind: KbKind;
  aliases: string[];
  leader: boolean;
  props: Record<string, string | string[] | null>;
}

export interface KbEdgeRow {
  id: string;
  from: string;
  to: string;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
}

export interface KbGraphRows {
  entities: KbEntityRow[];
  edges: Map<RelationType, KbEdgeRow[]>;
}

function unique(values: string[], name: string): string[] {
  return [...new Set(values)].filter((value) => value !== name).sort();
}

export function kbGraphRows(kb: KnowledgeBase): KbGraphRows {
  const edges = new Map<RelationType, Map<string, KbEdgeRow>>();
  const addEdge = (
    type: RelationType,
    from: string,
    to: string,
    role: string | null = null,
    validFrom: string | null = null,
    validTo: string | null = null,
  ) => {
    const oriented = orient({ type, from, to });
    const id = relationId({ ...oriented, role });
    const byId = edges.get(type) ?? new Map<string, KbEdgeRow>();
    edges.set(type, byId);
    const existing = byId.get(id);
    // A role held twice (two terms) keeps one edge spanning both terms.
    if (existing) {
      existing.validFrom = minDate(existing.validFrom, validFrom);
      existing.validTo =
        existing.validTo === null || validTo === null ? null : maxDate(existing.validTo, validTo);
      return;
    }
    byId.set(id, { id, from: oriented.from, to: oriented.to, role, validFrom, validTo });
  };

  const entities: KbEntityRow[] = [];
  for (const c of kb.countries) {
    entities.push({
      id: c.id,
      name: c.name,
      kind: "Country",
      aliases: unique([...c.aliases, ...c.demonyms, c.officialName], c.name),
      leader: false,
      props: {
        iso2: c.cca2,
        iso3: c.cca3,
        region: c.region,
        subregion: c.subregion,
        officialName: c.officialName,
      },
    });
    for (const border of c.borders) addEdge("BORDERS", c.id, border);
  }
  for (const p of kb.persons) {
    let leader = false;
    for (const role of p.roles) {
      const type = roleRelationType(role.role);
      leader ||= type === "LEADS";
      addEdge(type, p.id, role.of, role.role, role.from, role.to);
    }
    entities.push({
      id: p.id,
      name: p.name,
      kind: "Person",
      aliases: unique(p.aliases, p.name),
      leader,
      props: {},
    });
  }
  for (const o of kb.organisations) {
    entities.push({
      id: o.id,
      name: o.name,
      kind: "Organisation",
      aliases: unique(o.aliases, o.name),
      leader: false,
      props: { orgType: o.type, country: o.country, actsFor: o.actsFor },
    });
    for (const member of o.members) addEdge("MEMBER_OF", member, o.id);
    if (o.country) addEdge("LOCATED_IN", o.id, o.country);
  }
  for (const l of kb.locations) {
    entities.push({
      id: l.id,
      name: l.name,
      kind: "Location",
      aliases: unique(l.aliases, l.name),
      leader: false,
      props: { country: l.country, capitalOf: l.capitalOf },
    });
    if (l.country) addEdge("LOCATED_IN", l.id, l.country);
  }
  return {
    entities,
    edges: new Map([...edges].map(([type, byId]) => [type, [...byId.values()]])),
  };
}

function minDate(a: string | null, b: string | null): string | null {
  if (a === null || b === null) return null;
  return a < b ? a : b;
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
