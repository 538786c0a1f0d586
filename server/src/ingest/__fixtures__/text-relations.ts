// Extraction helpers shared by the relation tests: one article from a sentence, and lookups of
// text relations that read a symmetric type (stored once, `from` < `to`) in either direction.
import { extractArticles } from "../extract-articles.ts";
import { RELATION_TYPES, isRelationType } from "../../graph/vocabulary.ts";
import type { Extraction } from "../types.ts";
import { makeArticle } from "./make-article.ts";

/** Extracts one article with the full knowledge base. */
export const extractText = (
  id: string,
  text: string,
  date: string | null = "2023-06-01",
): Extraction => extractArticles([makeArticle(id, text, date)]);

export function textRelation(x: Extraction, from: string, type: string, to: string) {
  const symmetric = isRelationType(type) && RELATION_TYPES[type].symmetric;
  return x.relations.find(
    (r) =>
      r.origin === "text" &&
      r.type === type &&
      ((r.from === from && r.to === to) || (symmetric && r.from === to && r.to === from)),
  );
}

export const hasTextRelation = (x: Extraction, from: string, type: string, to: string): boolean =>
  textRelation(x, from, type, to) !== undefined;

export const textRelationsOfType = (x: Extraction, type: string) =>
  x.relations.filter((r) => r.origin === "text" && r.type === type);
