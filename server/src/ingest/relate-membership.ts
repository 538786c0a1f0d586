// Relate: MEMBER_OF from the ordinary ways news states a membership, whether or not the knowledge
// base lists it: "X, a member of ORG", "X, a founding member of the ORG", "X, ORG's affiliate
// in the region", "X, which holds the ORG presidency this year".
import { type Mention, mentionsByToken } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { isPossessive } from "./tokenize.ts";

export interface MembershipRelation {
  from: string;
  type: "MEMBER_OF";
  to: string;
}

const MEMBER_NOUNS = new Set([
  "member",
  "members",
  "affiliate",
  "branch",
  "wing",
  "offshoot",
  "franchise",
  "ally",
]);
const MEMBER_ADJ = new Set([
  "a",
  "an",
  "the",
  "founding",
  "full",
  "permanent",
  "non-permanent",
  "key",
  "fellow",
  "core",
  "new",
  "local",
  "regional",
  "armed",
  "militant",
]);
const CHAIR_NOUNS = new Set(["presidency", "chairmanship", "chair"]);
const body = (m: Mention | undefined): m is Mention => m?.kind === "Organisation";
const actor = (m: Mention): boolean =>
  (m.kind === "Country" && m.via !== "demonym") || m.kind === "Organisation";

export function relateMembership(s: AnalysedSentence): MembershipRelation[] {
  const { tokens, mentions } = s;
  if (!mentions.some((m) => m.kind === "Organisation")) return [];
  const at = mentionsByToken(tokens, mentions);
  const out: MembershipRelation[] = [];
  for (const x of mentions) {
    if (!actor(x) || tokens[x.tj]?.text !== ",") continue;
    let k = x.tj + 1;
    let org: Mention | null = null;
    if (
      tokens[k]?.lower === "which" &&
      ["holds", "held", "chairs"].includes(tokens[k + 1]?.lower ?? "")
    ) {
      // "X, which holds the ORG presidency"
      k += 2;
      if (tokens[k]?.lower === "the") k++;
      const o = at[k];
      if (body(o) && CHAIR_NOUNS.has(tokens[o.tj]?.lower ?? "")) org = o;
    } else {
      // "X, ORG's affiliate", "X, a (founding) member of (the) ORG"
      const o = at[k];
      if (body(o) && isPossessive(tokens[o.tj])) {
        k = o.tj + 1;
        while (MEMBER_ADJ.has(tokens[k]?.lower ?? "")) k++;
        if (MEMBER_NOUNS.has(tokens[k]?.lower ?? "")) org = o;
      } else {
        while (MEMBER_ADJ.has(tokens[k]?.lower ?? "")) k++;
        if (MEMBER_NOUNS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "of") {
          k += 2;
          if (tokens[k]?.lower === "the") k++;
          const b = at[k];
          if (body(b)) org = b;
        }
      }
    }
    if (org && org.id !== x.id) out.push({ from: x.id, type: "MEMBER_OF", to: org.id });
  }
  out.push(...listedMembers(s, at));
  return out;
}

const MEMBERS_OPENERS = new Set(["has", "have", "had", "includes", "included", "comprises"]);

/**
 * "The Pacific Alliance has four members, Chile, Colombia, Mexico and Peru", "ORG, whose
 * members are A and B": the states a body's member list names.
 */
function listedMembers(
  s: AnalysedSentence,
  at: readonly (Mention | undefined)[],
): MembershipRelation[] {
  const { tokens, mentions } = s;
  const out: MembershipRelation[] = [];
  for (const org of mentions) {
    if (!body(org)) continue;
    let k = org.tj;
    if (tokens[k]?.text === ",") k++;
    if (
      tokens[k]?.lower === "whose" &&
      tokens[k + 1]?.lower === "members" &&
      tokens[k + 2]?.lower === "are"
    )
      k += 3;
    else if (MEMBERS_OPENERS.has(tokens[k]?.lower ?? "")) {
      k++;
      // "has four members", "has 10 member states"
      while (k < org.tj + 5 && !/^members?$/.test(tokens[k]?.lower ?? "")) k++;
      if (!/^members$/.test(tokens[k]?.lower ?? "")) continue;
      k++;
      if (tokens[k]?.text === "," || tokens[k]?.text === ":") k++;
      else continue;
    } else continue;
    // The list: member names joined by commas and "and", nothing else.
    for (; k < tokens.length; k++) {
      const m = at[k];
      if (m && actor(m) && m.id !== org.id) {
        out.push({ from: m.id, type: "MEMBER_OF", to: org.id });
        k = m.tj - 1;
        continue;
      }
      const t = tokens[k]?.lower ?? "";
      if (t !== "," && t !== "and" && t !== "the") break;
    }
  }
  return out;
}
