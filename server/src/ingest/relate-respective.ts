// Relate: roles given to two people at once, each for their own holder, in the order named:
// "the foreign ministers of Greece and Macedonia, Nikos Kotzias and Nikola Dimitrov", "the
// Greek and Macedonian prime ministers, Alexis Tsipras and Zoran Zaev".
import type { Lexicon } from "./load-lexicon.ts";
import { type Mention, mentionsByToken } from "./mention.ts";
import { holderId, isHolder, roleEndingAt, type RoleRelation } from "./relate-roles.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import type { Token } from "./tokenize.ts";

/** "ministers" -> "minister", "secretaries" -> "secretary", "chairmen" -> "chairman". */
function singular(word: string): string | null {
  if (word.endsWith("men")) return `${word.slice(0, -3)}man`;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (word.endsWith("s") && !word.endsWith("ss")) return word.slice(0, -1);
  return null;
}

/** A plural role ending at token `end - 1` ("prime ministers"): the singular role and its start. */
function pluralRoleEndingAt(
  tokens: readonly Token[],
  end: number,
  lexicon: Lexicon,
): [string, number] | null {
  const last = tokens[end - 1];
  const one = last && singular(last.lower);
  if (!one) return null;
  return roleEndingAt([...tokens.slice(0, end - 1), { ...last, lower: one }], end, lexicon);
}

const holds = (m: Mention | undefined): m is Mention => !!m && isHolder(m);
/** Roles too vague to give without a holder of their own ("the officials of A and B"). */
const VAGUE = new Set([
  "official",
  "senior official",
  "head",
  "chief",
  "representative",
  "diplomat",
]);

export function respectiveRoles(s: AnalysedSentence, lexicon: Lexicon): RoleRelation[] {
  const { tokens, mentions } = s;
  const at = mentionsByToken(tokens, mentions);
  const out: RoleRelation[] = [];
  for (const p1 of mentions) {
    if (p1.kind !== "Person" || tokens[p1.tj]?.lower !== "and") continue;
    const p2 = at[p1.tj + 1];
    if (p2?.kind !== "Person" || p2.ti !== p1.tj + 1 || p2.id === p1.id) continue;
    let k = tokens[p1.ti - 1]?.text === "," ? p1.ti - 1 : p1.ti;
    let holders: [Mention, Mention] | null = null;
    let role: [string, number] | null = null;
    // "the foreign ministers of A and B, X and Y"
    const h2 = at[k - 1];
    if (holds(h2) && tokens[h2.ti - 1]?.lower === "and") {
      const h1 = at[h2.ti - 2];
      if (holds(h1)) {
        k = h1.ti;
        if (tokens[k - 1]?.lower === "the") k--;
        if (tokens[k - 1]?.lower === "of") {
          role = pluralRoleEndingAt(tokens, k - 1, lexicon);
          holders = [h1, h2];
        }
      }
    } else {
      // "the Greek and Macedonian prime ministers, X and Y"
      role = pluralRoleEndingAt(tokens, k, lexicon);
      const b = role ? at[role[1] - 1] : undefined;
      const a = b && tokens[b.ti - 1]?.lower === "and" ? at[b.ti - 2] : undefined;
      if (holds(a) && holds(b)) holders = [a, b];
    }
    if (!role || !holders || VAGUE.has(role[0]) || holderId(holders[0]) === holderId(holders[1]))
      continue;
    const type = lexicon.roles.get(role[0]) === "LEADS" ? "LEADS" : "HOLDS_ROLE";
    for (const [person, holder] of [
      [p1, holders[0]],
      [p2, holders[1]],
    ] as const)
      out.push({ from: person.id, type, to: holderId(holder), role: role[0], confidence: 0.75 });
  }
  return out;
}
