// Relate: LOCATED_IN for places the knowledge base cannot place, from the ordinary ways news
// says where a place is: "the village of X in northern C", "X, a town in C", "C's northern
// state of X", "the Russian city of X". Places the knowledge base puts in a country are left to
// it (relate-kb-facts.ts), so the text never contradicts the recognised borders.
import { PLACE_NOUNS, SUBDIVISIONS } from "./recognise-names.ts";
import type { KbIndex } from "./kb-index.ts";
import { type Mention, mentionsByToken } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { isPossessive } from "./tokenize.ts";

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
const country = (m: Mention | undefined): m is Mention => m?.kind === "Country";

export function relatePlaces(s: AnalysedSentence, kb: KbIndex): PlaceRelation[] {
  const { tokens, mentions } = s;
  if (mentions.filter((m) => m.kind === "Location" || m.kind === "Country").length < 2) return [];
  const at = mentionsByToken(tokens, mentions);
  const out: PlaceRelation[] = [];
  // A country or a larger place named at k: "(the) (northern) C", "(the) Paktika (province)".
  const holderAt = (k: number): Mention | null => {
    while (DIRECTION.has(tokens[k]?.lower ?? "")) k++;
    const m = at[k];
    if (!m || m.via === "demonym") return null;
    return m.kind === "Country" || (m.kind === "Location" && !m.actsFor) ? m : null;
  };
  // The country a phrase starting at k names.
  const countryAt = (k: number): Mention | null => {
    const m = holderAt(k);
    return m?.kind === "Country" ? m : null;
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
    // "the Barmal district of Paktika province", "X in South Waziristan": a subdivision's name
    // and the larger place it is of or in.
    const sub = SUBDIVISIONS.has(tokens[k]?.lower ?? "") ? k + 1 : k;
    if (["of", "in"].includes(tokens[sub]?.lower ?? "") && (sub > k || tokens[k]?.lower === "in"))
      c = holderAt(sub + 1);
    // "X in northern C"
    if (!c && tokens[k]?.lower === "in") c = countryAt(k + 1);
    // "X, in the Y district": the place the apposition puts X in.
    if (!c && tokens[k]?.text === "," && tokens[k + 1]?.lower === "in") c = holderAt(k + 2);
    // "Pakistan's Waziristan region": the country owning the place.
    if (!c && isPossessive(tokens[p.ti - 1])) {
      const owner = at[p.ti - 2];
      if (owner?.kind === "Country" || (owner?.kind === "Location" && !owner.actsFor))
        c = owner ?? null;
    }
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
      const h = isPossessive(tokens[j]) ? at[j - 1] : at[j];
      if (country(h)) c = h;
    }
    if (c && c.id !== p.id) out.push({ from: p.id, type: "LOCATED_IN", to: c.id });
  }
  return out;
}
