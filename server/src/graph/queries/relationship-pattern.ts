// The relationship-type and label parts of patterns, built only from checked vocabulary, and
// the direction handling shared by every traversal (symmetric types are always undirected).
import {
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  checkedEntityKind,
  checkedRelationType,
  type RelationType,
} from "../vocabulary.ts";
import { InputError } from "./input-error.ts";
import { LIMITS } from "./limits.ts";

export type DirectionValue = "OUTGOING" | "INCOMING" | "BOTH";

/** Checked types, defaulting to the whole entity vocabulary (so article edges never match). */
export function checkedTypes(types: readonly string[] | null | undefined): RelationType[] {
  if (types === null || types === undefined || types.length === 0) return [...RELATION_TYPE_NAMES];
  if (types.length > LIMITS.kindsOrTypes) throw new InputError("too many relationship types");
  try {
    return [...new Set(types.map(checkedRelationType))];
  } catch (error) {
    throw new InputError((error as Error).message, "relationshipTypes");
  }
}

/** `:A|B|C` for a relationship pattern. */
export function typeExpression(types: readonly RelationType[]): string {
  return ":" + types.map((type) => checkedRelationType(type)).join("|");
}

/** `:Country|Person` for a node pattern, or "" when no kinds are given. */
export function kindExpression(kinds: readonly string[] | null | undefined): string {
  if (kinds === null || kinds === undefined || kinds.length === 0) return "";
  try {
    return ":" + [...new Set(kinds.map(checkedEntityKind))].join("|");
  } catch (error) {
    throw new InputError((error as Error).message, "kinds");
  }
}

export interface Hop {
  /** The arrow pattern between `(x)` and `(n)`, e.g. `-[r:A|B]->`. */
  arrow: string;
  /** Extra predicate (or "true") for mixed symmetric/directed type sets. */
  predicate: string;
}

/**
 * How to walk from `x` over `r` in a direction. With only directed types the arrow carries the
 * direction (cheapest); once a symmetric type is involved it is undirected plus a predicate.
 */
export function hop(
  x: string,
  r: string,
  types: readonly RelationType[],
  direction: DirectionValue,
): Hop {
  const typed = `[${r}${typeExpression(types)}]`;
  if (direction === "BOTH") return { arrow: `-${typed}-`, predicate: "true" };
  const symmetric = types.filter((type) => RELATION_TYPES[type].symmetric);
  if (symmetric.length === 0) {
    return { arrow: direction === "OUTGOING" ? `-${typed}->` : `<-${typed}-`, predicate: "true" };
  }
  const end = direction === "OUTGOING" ? "startNode" : "endNode";
  const names = symmetric.map((type) => `'${checkedRelationType(type)}'`).join(", ");
  return { arrow: `-${typed}-`, predicate: `(${end}(${r}) = ${x} OR type(${r}) IN [${names}])` };
}
