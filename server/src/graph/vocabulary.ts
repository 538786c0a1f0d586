// The relationship and label vocabulary: the only place a label or relationship type may come
// from before it is spliced into Cypher. Everything else passes values as parameters.

export const ENTITY_KINDS = ["Country", "Person", "Organisation", "Location", "Event"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EVENT_KINDS = [
  "MEETING",
  "SUMMIT",
  "VISIT",
  "WAR",
  "ATTACK",
  "AGREEMENT",
  "SANCTIONS",
  "ELECTION",
  "OTHER",
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface RelationTypeInfo {
  /** PLOVER event type (with a sub-mode where DESIGN.md gives one). */
  readonly plover: string | null;
  /** Symmetric types are stored once, with `from` < `to` by id. */
  readonly symmetric: boolean;
  /** Actor-to-actor types come from text; structural ones come from the KB or the article. */
  readonly structural: boolean;
  readonly description: string;
}

export const RELATION_TYPES = {
  MET_WITH: {
    plover: "CONSULT",
    symmetric: true,
    structural: false,
    description: "met, held talks, phone call",
  },
  VISITED: {
    plover: "CONSULT",
    symmetric: false,
    structural: false,
    description: "visited a country or place",
  },
  COOPERATES_WITH: {
    plover: "COOPERATE",
    symmetric: true,
    structural: false,
    description: "cooperation, partnership, joint drills",
  },
  SUPPORTS: {
    plover: "SUPPORT",
    symmetric: false,
    structural: false,
    description: "backing, praise, endorsement",
  },
  AIDS: {
    plover: "AID",
    symmetric: false,
    structural: false,
    description: "economic or humanitarian aid",
  },
  SUPPLIES_ARMS_TO: {
    plover: "AID",
    symmetric: false,
    structural: false,
    description: "weapons, drones, missiles supplied",
  },
  CALLS_ON: {
    plover: "REQUEST",
    symmetric: false,
    structural: false,
    description: "urged, demanded, called on",
  },
  CRITICIZES: {
    plover: "ACCUSE",
    symmetric: false,
    structural: false,
    description: "condemned, blamed, criticised",
  },
  OPPOSES: {
    plover: "REJECT",
    symmetric: false,
    structural: false,
    description: "opposed, rejected",
  },
  THREATENS: {
    plover: "THREATEN",
    symmetric: false,
    structural: false,
    description: "threatened, warned of",
  },
  SANCTIONS: {
    plover: "SANCTION",
    symmetric: false,
    structural: false,
    description: "imposed sanctions",
  },
  ATTACKS: {
    plover: "ASSAULT",
    symmetric: false,
    structural: false,
    description: "invaded, struck, waged war on",
  },
  OCCUPIES: {
    plover: "COERCE",
    symmetric: false,
    structural: false,
    description: "annexed, occupies",
  },
  LEADS: {
    plover: null,
    symmetric: false,
    structural: true,
    description: "person leads a country or organisation",
  },
  HOLDS_ROLE: {
    plover: null,
    symmetric: false,
    structural: true,
    description: "official, spokesperson, adviser of",
  },
  MEMBER_OF: {
    plover: null,
    symmetric: false,
    structural: true,
    description: "member state or member of an organisation",
  },
  BORDERS: {
    plover: null,
    symmetric: true,
    structural: true,
    description: "countries sharing a land border",
  },
  LOCATED_IN: {
    plover: null,
    symmetric: false,
    structural: true,
    description: "place located in a country",
  },
  PARTICIPATED_IN: {
    plover: null,
    symmetric: false,
    structural: true,
    description: "actor took part in an event",
  },
  HELD_IN: {
    plover: null,
    symmetric: false,
    structural: true,
    description: "event held in a place",
  },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** Article-level edges, not part of the entity graph vocabulary above. */
export const ARTICLE_RELATION_TYPES = ["REPORTS", "MENTIONS"] as const;

export function isRelationType(value: string): value is RelationType {
  return Object.hasOwn(RELATION_TYPES, value);
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

/** Returns the type unchanged after checking it, so it may be spliced into Cypher. */
export function checkedRelationType(value: string): RelationType {
  if (!isRelationType(value))
    throw new TypeError(`unknown relationship type: ${JSON.stringify(value)}`);
  return value;
}

export function checkedEntityKind(value: string): EntityKind {
  if (!isEntityKind(value)) throw new TypeError(`unknown entity kind: ${JSON.stringify(value)}`);
  return value;
}
