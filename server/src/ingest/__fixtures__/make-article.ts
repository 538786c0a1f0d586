// Builds an Article from plain text for unit tests (the whole text is body).
import type { Article } from "../types.ts";

export function makeArticle(id: string, text: string, publishedAt: string | null = null): Article {
  return {
    id,
    file: `${id}.txt`,
    title: null,
    author: null,
    source: null,
    url: null,
    dateline: null,
    publishedAt,
    contentHash: id,
    text,
    body: [[0, text.length]],
    comments: [],
  };
}
