// Plain records the read repositories return and the resolvers map from (graphql-codegen's
// `mappers`). Dates are ISO strings; origins and precisions are already in enum spelling.
import type { EntityKind, EventKind, RelationType } from "../vocabulary.ts";

export type OriginValue = "KB" | "TEXT";

export interface EntityRecord {
  nodeType: "Entity";
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  origin: OriginValue;
  confidence: number;
  mentionCount: number;
  articleCount: number;
  isLeader: boolean;
  iso2: string | null;
  iso3: string | null;
  region: string | null;
  subregion: string | null;
  orgType: string | null;
  actsForId: string | null;
  eventKind: EventKind | null;
  date: string | null;
  datePrecision: "DAY" | "MONTH" | "YEAR" | null;
  dateText: string | null;
}

export interface ArticleRecord {
  nodeType: "Article";
  id: string;
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  dateline: string | null;
  publishedAt: string | null;
  file: string | null;
  ingestedAt: string | null;
}

export interface RelationshipRecord {
  nodeType: "Relationship";
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  weight: number;
  articleCount: number;
  confidence: number;
  firstSeen: string | null;
  lastSeen: string | null;
  origin: OriginValue;
  kb: boolean;
  /** Only the learned fallback supports it. */
  learned: boolean;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  mode: string | null;
  plover: string | null;
  /** Both endpoints, when the statement that read the relationship returned them as well. */
  ends?: { from: EntityRecord; to: EntityRecord };
}

export interface EvidenceRecord {
  nodeType: "Evidence";
  id: string;
  relId: string;
  relType: RelationType | null;
  articleId: string | null;
  articleDate: string | null;
  text: string;
  start: number;
  end: number;
  confidence: number | null;
}

export type NodeRecord = EntityRecord | ArticleRecord | RelationshipRecord | EvidenceRecord;

export interface MentionRecord {
  entityId: string;
  count: number;
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
  truncated: boolean;
}

export interface PathStepRecord {
  from: EntityRecord;
  relationship: RelationshipRecord;
  to: EntityRecord;
  reversed: boolean;
}

export interface PathRecord {
  nodes: EntityRecord[];
  relationships: RelationshipRecord[];
}

export interface PathResultRecord {
  paths: PathRecord[];
  truncated: boolean;
}

export interface IngestResultRecord {
  id: string;
  status: "NEW" | "CHANGED" | "UNCHANGED" | "FAILED";
  error: string | null;
}

/** One page of a connection: items in order, the offset of the first, and the total. */
export interface Page<T> {
  items: T[];
  offset: number;
  totalCount: number;
  hasNextPage: boolean;
}

export interface ScoredEntity {
  entity: EntityRecord;
  score: number;
  matchedBy: "name" | "actsFor";
}
