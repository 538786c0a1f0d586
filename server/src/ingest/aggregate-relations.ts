// Aggregation: the same (from, type, to) from many sentences and articles is one relation with
// all its evidence; symmetric types are stored once, from < to by id.
import { RELATION_TYPES, type RelationType } from "../graph/vocabulary.ts";
import type { Evidence, ExtractedRelation, Origin } from "./types.ts";

export interface RelationInput {
  from: string;
  type: RelationType;
  to: string;
  origin: Origin;
  role: string | null;
  confidence: number;
  mode?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  /** Stated by the learned fallback, not by a rule. */
  learned?: true;
  evidence: Evidence | null;
}

/** Which meeting mode an edge shows when its sentences differ: the lowest rank wins. */
export const MODE_RANK: Record<string, number> = { in_person: 0, phone: 1, multilateral: 2 };

export function aggregateRelations(inputs: readonly RelationInput[]): ExtractedRelation[] {
  const byKey = new Map<string, ExtractedRelation>();
  for (const r of inputs) {
    let { from, to } = r;
    if (RELATION_TYPES[r.type].symmetric && to < from) [from, to] = [to, from];
    const key = `${from}|${r.type}|${to}`;
    let rel = byKey.get(key);
    if (!rel) {
      rel = {
        from,
        type: r.type,
        to,
        origin: r.origin,
        role: r.role,
        confidence: r.confidence,
        plover: RELATION_TYPES[r.type].plover,
        evidence: [],
      };
      if (r.type === "MET_WITH") rel.mode = r.mode ?? null;
      if (r.learned) rel.learned = true;
      if (r.validFrom !== undefined || r.validTo !== undefined) {
        rel.validFrom = r.validFrom ?? null;
        rel.validTo = r.validTo ?? null;
      }
      byKey.set(key, rel);
    } else {
      // One rule's sentence is enough for the relation not to be the model's alone.
      if (!r.learned) delete rel.learned;
      // Text evidence outranks the KB: the edge is then something the news said.
      if (r.origin === "text" && rel.origin === "kb") rel.origin = "text";
      rel.role ??= r.role;
      if (r.origin === "kb" && r.role) rel.role = r.role;
      rel.confidence = Math.round((1 - (1 - rel.confidence) * (1 - r.confidence)) * 100) / 100;
      if (
        r.type === "MET_WITH" &&
        r.mode &&
        (rel.mode == null || (MODE_RANK[r.mode] ?? 9) < (MODE_RANK[rel.mode] ?? 9))
      )
        rel.mode = r.mode;
      if (r.validFrom !== undefined && rel.validFrom === undefined) {
        rel.validFrom = r.validFrom ?? null;
        rel.validTo = r.validTo ?? null;
      }
    }
    const ev = r.evidence;
    if (ev && !rel.evidence.some((e) => e.article === ev.article && e.start === ev.start))
      rel.evidence.push(ev);
  }
  return [...byKey.values()].sort(
    (a, b) =>
      a.from.localeCompare(b.from) || a.type.localeCompare(b.type) || a.to.localeCompare(b.to),
  );
}
