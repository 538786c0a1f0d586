// A dated role from the knowledge base becomes LEADS when it heads the country or organisation
// (president, king, secretary-general) and HOLDS_ROLE otherwise; the role words are the same
// lexicon the extraction uses for appositions, so both paths agree.
import { loadLexicon } from "../../ingest/load-lexicon.ts";

export function roleRelationType(role: string): "LEADS" | "HOLDS_ROLE" {
  const key = role
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .join(" ");
  return loadLexicon().roles.get(key) === "LEADS" ? "LEADS" : "HOLDS_ROLE";
}
