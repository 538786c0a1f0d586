// Text-only persons named differently across articles ("Raisi" in one, "Ebrahim Raisi" in
// another; "Amir Abdollahian" and "Hossein Amir Abdollahian") are one person when the short
// name is the end of exactly one longer name, or (in a shared article) its beginning, two words
// or more ("Hassan Sheikh" for "Hassan Sheikh Mohamud"). Returns old id -> kept id.
import type { ExtractedEntity } from "./types.ts";
import { tokenKey } from "./text-keys.ts";

const keys = (name: string): string[] =>
  name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map(tokenKey);

export function mergeTextPersons(entities: readonly ExtractedEntity[]): Map<string, string> {
  const persons = entities.filter((e) => e.kind === "Person").map((e) => ({ e, k: keys(e.name) }));
  const remap = new Map<string, string>();
  for (const { e, k } of persons) {
    if (e.origin !== "text") continue;
    const longer = persons.filter(
      ({ e: f, k: fk }) =>
        f !== e && fk.length > k.length && k.every((w, i) => fk[fk.length - k.length + i] === w),
    );
    if (longer.length === 1) {
      remap.set(e.id, (longer[0] as { e: ExtractedEntity }).e.id);
      continue;
    }
    if (longer.length > 0 || k.length < 2) continue;
    // "Hassan Sheikh" after "Hassan Sheikh Mohamud" in the same article: a full name's first
    // two or more words, when exactly one person named in a shared article begins with them.
    const start = persons.filter(
      ({ e: f, k: fk }) =>
        f !== e &&
        fk.length > k.length &&
        k.every((w, i) => fk[i] === w) &&
        f.articles.some((a) => e.articles.includes(a)),
    );
    if (start.length === 1) remap.set(e.id, (start[0] as { e: ExtractedEntity }).e.id);
  }
  return remap;
}
