// Reads and prepares every article of the given inputs, keeping going past bad files: the
// `extract` command and the ingest both want all good articles plus one error per bad input.
import type { Article, ExtractionError } from "../types.ts";
import { prepareArticle } from "./prepare-article.ts";
import { readInputs } from "./read-inputs.ts";
import type { ReadOptions } from "./read-inputs.ts";

export interface ReadArticles {
  articles: Article[];
  errors: ExtractionError[];
}

export async function readArticles(paths: string[], opts: ReadOptions = {}): Promise<ReadArticles> {
  const articles: Article[] = [];
  const errors: ExtractionError[] = [];
  for await (const result of readInputs(paths, opts)) {
    if (!result.ok) {
      errors.push(result.error);
      continue;
    }
    try {
      articles.push(prepareArticle(result.raw));
    } catch (err) {
      // A bug on one odd page must not lose the rest of the corpus.
      errors.push({
        file: result.raw.file,
        reason: `could not prepare the article: ${err instanceof Error ? err.message : String(err)}`,
      });
    }
  }
  return { articles, errors };
}
