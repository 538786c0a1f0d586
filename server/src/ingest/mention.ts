// The mention record shared by recognise, resolve, relate and events.
import type { Origin } from "./types.ts";
import type { EntryVia, GazetteerEntry, GazetteerKind } from "./build-gazetteer.ts";

export type MentionVia = EntryVia | "surname" | "role" | "pronoun" | "anaphora" | "ner";

export interface Mention {
  /** Token range [ti, tj) in the sentence's tokens. */
  ti: number;
  tj: number;
  /** Character offsets in article.text. */
  start: number;
  end: number;
  /** The surface form (titles included, so "Pres. Putin" is recorded as an alias). */
  text: string;
  /** The name part without titles. */
  name: string;
  /** Resolved entity id ("" until resolved). */
  id: string;
  kind: GazetteerKind;
  via: MentionVia;
  /** Country the mention stands for as an actor (capitals, demonyms), else null. */
  actsFor: string | null;
  origin: Origin;
  confidence: number;
  /** Gazetteer candidates, before resolution. */
  candidates: GazetteerEntry[];
  /** Lower-case title words in front of the name ("president"). */
  title: string | null;
  /** A government seat's own body ("the State Department" stands for the United States). */
  body?: string;
  /** "the two leaders", "both countries": every entity the phrase stands for (`id` is the first). */
  group?: string[];
}

/** The mention covering each token (the later one where two overlap), by token index. */
export function mentionsByToken(
  tokens: readonly unknown[],
  mentions: readonly Mention[],
): (Mention | undefined)[] {
  const at: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.ti; k < m.tj; k++) at[k] = m;
  return at;
}
