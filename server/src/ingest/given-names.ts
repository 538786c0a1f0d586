// Given names as later references: "Anwar" after "Anwar Ibrahim", "Phumtham" after "Phumtham
// Wechayachai". Many naming traditions (Malay, Thai, Indonesian, Arabic) shorten a person to the
// first name, where English news would use the surname. A first word counts only when it is no
// title and no ordinary English word, and only while one person of the article carries it.

import type { KbIndex } from "./kb-index.ts";
import type { Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import { isCommonWord, nerMention } from "./recognise-names.ts";
import { tokenize, type Token } from "./tokenize.ts";

export interface GivenName {
  id: string;
  origin: Mention["origin"];
}

/** Records the first word of a person named in full; a word two persons share means no one. */
export function rememberGivenName(
  m: Mention,
  names: Map<string, GivenName | null>,
  ctx: { kb: KbIndex; lexicon: Lexicon },
): void {
  if (m.kind !== "Person" || !["name", "alias", "ner"].includes(m.via)) return;
  const full = m.origin === "kb" ? (ctx.kb.byId.get(m.id)?.name ?? m.name) : m.name;
  let keys = firstWordKeys.get(ctx.lexicon);
  if (!keys) firstWordKeys.set(ctx.lexicon, (keys = new Map()));
  let key = keys.get(full);
  if (key === undefined) {
    key = firstWordKey(full, ctx.lexicon);
    keys.set(full, key);
  }
  if (key === null) return;
  const seen = names.get(key);
  if (seen === undefined) names.set(key, { id: m.id, origin: m.origin });
  else if (seen !== null && seen.id !== m.id) names.set(key, null);
}

/** Full name -> the key of its first word when that word can stand for the person, else null. */
const firstWordKeys = new WeakMap<Lexicon, Map<string, string | null>>();

function firstWordKey(full: string, lexicon: Lexicon): string | null {
  const words = tokenize(full).filter((t) => t.isWord);
  const first = words[0];
  if (words.length < 2 || !first?.cap || first.lower.length < 3) return null;
  if (lexicon.singleTitles.has(first.lower) || isCommonWord(first)) return null;
  return first.key;
}

/** The person a lone capitalised word at k names by a remembered given name, or null. */
export function givenName(
  tokens: readonly Token[],
  k: number,
  names: ReadonlyMap<string, GivenName | null>,
): GivenName | null {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // A word inside a longer name ("Anwar Sadat", "Prince Anwar") is part of that name.
  if ((prev?.isWord && prev.cap) || (next?.isWord && next.cap)) return null;
  return names.get(t.key) ?? null;
}

/** A reference to a knowledge-base person by a given name. */
export const kbPersonMention = (
  span: Pick<Mention, "ti" | "tj" | "start" | "end" | "text">,
  id: string,
): Mention => ({ ...nerMention(span, id, "Person"), via: "alias", origin: "kb", confidence: 0.8 });
