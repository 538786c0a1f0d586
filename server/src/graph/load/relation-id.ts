// Stable, readable edge ids: `<from>|<TYPE>|<to>`, plus `|<role>` for LEADS and HOLDS_ROLE so a
// person's successive roles stay distinct edges. Symmetric types are keyed smaller id first.
import { RELATION_TYPES, type RelationType } from "../vocabulary.ts";

export function roleKey(role: string | null | undefined): string | null {
  if (!role) return null;
  const key = role
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return key === "" ? null : key;
}

export interface EdgeKey {
  from: string;
  type: RelationType;
  to: string;
  role?: string | null;
}

/** Orders the endpoints of a symmetric type; others pass through. */
export function orient<T extends EdgeKey>(edge: T): T {
  if (RELATION_TYPES[edge.type].symmetric && edge.to < edge.from)
    return { ...edge, from: edge.to, to: edge.from };
  return edge;
}

export function relationId(edge: EdgeKey): string {
  const { from, type, to } = orient(edge);
  const role = type === "LEADS" || type === "HOLDS_ROLE" ? roleKey(edge.role) : null;
  return role ? `${from}|${type}|${to}|${role}` : `${from}|${type}|${to}`;
}
