// Relate: LOCATED_IN for places the knowledge base cannot place, from the ordinary ways news
// says where a place is: "the village of X in northern C", "X, a town in C", "C's northern
// state of X", "the Russian city of X". Places the knowledge base puts in a country are left to
// it (relate-kb-facts.ts), so the text never contradicts the recognised borders.
import { PLACE_NOUNS } from "./recognise-names.ts";
import type { KbIndex } from "./kb-index.ts";
import type { Mention } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import type { Token } from "./tokenize.ts";

export interface PlaceRelation {
  from: string;
  type: "LOCATED_IN";
  to: string;
}

const DIRECTION = new Set([
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "northeastern",
  "northwestern",
  "southeastern",
  "southwestern",
  "north-eastern",
  "north-western",
  "south-eastern",
  "south-western",
  "far",
  "the",
]);
const isPoss = (t: Token | undefined): boolean => t?.text === "'s" || t?.text === "’s";
const country = (m: Mention | undefined): m is Mention => m?.kind === "Country";

export function relatePlaces(s: AnalysedSentence, kb: KbIndex): PlaceRelation[] {
  const { tokens, mentions } = s;
  if (!mentions.some((m) => m.kind === "Location") || !mentions.some((m) => m.kind === "Country"))
    return [];
  const at: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.ti; k < m.tj; k++) at[k] = m;
  const out: PlaceRelation[] = [];
  // The country a phrase starting at k names: "(the) (northern) C".
  const countryAt = (k: number): Mention | null => {
    while (DIRECTION.has(tokens[k]?.lower ?? "")) k++;
    const m = at[k];
    return country(m) && m.via !== "demonym" ? m : null;
  };
  for (const p of mentions) {
    if (
      p.kind !== "Location" ||
      p.actsFor ||
      kb.countryOf.has(p.id) ||
      kb.byId.get(p.id)?.kind === "Country"
    )
      continue;
    let c: Mention | null = null;
    let k = p.tj;
    // "X in northern C"
    if (tokens[k]?.lower === "in") c = countryAt(k + 1);
    // "X, a town in C", "X, a village near the border in C"
    else if (tokens[k]?.text === "," && ["a", "an", "the"].includes(tokens[k + 1]?.lower ?? "")) {
      for (k += 2; k < p.tj + 6 && !PLACE_NOUNS.has(tokens[k]?.lower ?? ""); k++);
      if (PLACE_NOUNS.has(tokens[k]?.lower ?? "") && tokens[k + 1]?.lower === "in")
        c = countryAt(k + 2);
    }
    // "C's northern state of X", "the Russian city of X"
    if (!c && tokens[p.ti - 1]?.lower === "of" && PLACE_NOUNS.has(tokens[p.ti - 2]?.lower ?? "")) {
      let j = p.ti - 3;
      while (j >= 0 && DIRECTION.has(tokens[j]?.lower ?? "") && tokens[j]?.lower !== "the") j--;
      const h = isPoss(tokens[j]) ? at[j - 1] : at[j];
      if (country(h)) c = h;
    }
    if (c && c.id !== p.id) out.push({ from: p.id, type: "LOCATED_IN", to: c.id });
  }
  return out;
}
