// The extraction contract: what the pure pipeline produces and what the loader and the scorer
// read. Offsets are UTF-16 code-unit offsets into `Article.text` (the decoded input with a BOM
// removed and line endings normalised to "\n"; for HTML, the extracted plain text).
import type { EntityKind, EventKind, RelationType } from "../graph/vocabulary.ts";

export type Origin = "kb" | "text";

/** One input document before cleaning, as the readers hand it to the pipeline. */
export interface RawArticle {
  /** Path as given (or "<stdin>", or "file.jsonl#3" for a line of a JSONL file). */
  file: string;
  text: string;
  format: "txt" | "md" | "html" | "json";
  title?: string | null;
  url?: string | null;
  source?: string | null;
  author?: string | null;
  publishedAt?: string | null;
}

export type Range = readonly [start: number, end: number];

export interface Article {
  /** Stable: derived from the url when given, else from the normalised content. */
  id: string;
  file: string;
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  dateline: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null when nothing in the input says. */
  publishedAt: string | null;
  /** SHA-256 of the normalised text: an unchanged article is recognised by it. */
  contentHash: string;
  text: string;
  /** Parts of `text` that are the article body (boilerplate and comments excluded). */
  body: Range[];
  /** Reader comments: kept for display, never used as facts. */
  comments: Range[];
  /** Where the headline stands in `text`, when it is a line of it (it is not part of `body`). */
  titleRange?: Range | null;
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface Evidence {
  article: string;
  text: string;
  start: number;
  end: number;
}

export interface ExtractedEntity {
  id: string;
  name: string;
  kind: Exclude<EntityKind, "Event">;
  aliases: string[];
  /** Article ids that mention the entity. */
  articles: string[];
  /** Mentions per article id. */
  mentions: Record<string, number>;
  origin: Origin;
  confidence: number;
  /** Knowledge-base extras (ISO codes, etc.), passed through to the graph. */
  props?: Record<string, string | number | boolean | null | string[]>;
}

export interface ExtractedRelation {
  from: string;
  type: RelationType;
  to: string;
  origin: Origin;
  role: string | null;
  confidence: number;
  plover: string | null;
  /** MET_WITH only: in_person, phone or multilateral. */
  mode?: string | null;
  /** LEADS/HOLDS_ROLE from the knowledge base: the dated role's bounds (ISO, null = open). */
  validFrom?: string | null;
  validTo?: string | null;
  /** Stated by the learned fallback alone (relate-learned.ts), not by a rule. */
  learned?: true;
  evidence: Evidence[];
}

export interface ExtractedEvent {
  id: string;
  name: string;
  kind: EventKind;
  date: string | null;
  /** Entity id of the place (a country or location), or null. */
  location: string | null;
  participants: string[];
  articles: string[];
  evidence: Evidence[];
}

export interface ExtractionArticle {
  id: string;
  file: string;
  title: string | null;
  author: string | null;
  source: string | null;
  url: string | null;
  dateline: string | null;
  publishedAt: string | null;
  contentHash: string;
}

export interface ExtractionError {
  file: string;
  reason: string;
}

export interface Extraction {
  articles: ExtractionArticle[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  events: ExtractedEvent[];
  errors: ExtractionError[];
}
