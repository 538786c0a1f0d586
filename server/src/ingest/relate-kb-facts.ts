// Relate: facts the knowledge base knows about what an article mentions. A mentioned person's
// dated roles become LEADS/HOLDS_ROLE (origin "kb", one per person and country or body: the
// role valid at the article's date, else the leading one, else the latest). Structural facts
// (LOCATED_IN, BORDERS, MEMBER_OF) are emitted only where a sentence brings both ends together
// (and, for borders and membership, talks about it), so the graph carries what the news says.
import type { KbIndex, RoleHolder } from "./kb-index.ts";
import { roleCovers } from "./kb-index.ts";
import type { Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { tokenize } from "./tokenize.ts";
import { placeKey, worldPlaces } from "./world-places.ts";

export interface KbFact {
  from: string;
  type: "LEADS" | "HOLDS_ROLE" | "LOCATED_IN" | "BORDERS" | "MEMBER_OF";
  to: string;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
}

const BORDER_CUES = /\b(border|borders|bordering|neighbou?r|neighbou?rs|neighbou?ring|adjacent)\b/i;
const MEMBER_CUES =
  /\b(member|members|membership|ally|allies|alliance|joined|joining|join|bloc|expanded|expansion|enlarged|enlargement|admitted|founding|founders?)\b/i;

/** A KB role as the lexicon keys it: lower case, hyphens as spaces ("Secretary-General"). */
const roleKey = (role: string): string =>
  role
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)
    .join(" ");

/** A head of the holder: not a deputy, and no "Opposition Leader" of a country. */
function leads(r: RoleHolder, lexicon: Lexicon): boolean {
  const role = lexicon.roles.get(roleKey(r.role));
  return (
    role === "LEADS" ||
    (role === undefined &&
      /president|prime minister|leader|king|emir|chancellor/i.test(r.role) &&
      !/vice|deputy/i.test(r.role))
  );
}

/** "Commander" of an armed group, "Chief" of an agency: the head of the body it names. */
const headsBody = (r: RoleHolder): boolean =>
  /^(commander|commander in chief|chief|head|chairman|chairwoman|chairperson|chair)$/.test(
    roleKey(r.role),
  );

const yearsBetween = (from: string, to: string): number =>
  Number(to.slice(0, 4)) - Number(from.slice(0, 4));

const fact = (from: string, type: KbFact["type"], to: string): KbFact => ({
  from,
  type,
  to,
  role: null,
  validFrom: null,
  validTo: null,
});

export function personRoleFacts(
  person: string,
  date: string | null,
  mentioned: Set<string>,
  kb: KbIndex,
  lexicon: Lexicon,
): KbFact[] {
  const byHolder = new Map<string, RoleHolder[]>();
  // Roles in a government body the article does not name ("the U.S. House Speaker").
  const viaCountry = new Set<RoleHolder>();
  for (const r of kb.rolesOf.get(person) ?? []) {
    // A role taken up after the article, or on its day (a morning edition says the winner "is
    // expected to be appointed"), is not yet held there: the text says so when it is.
    if (date !== null && r.from !== null && r.from.length === 10 && r.from >= date) continue;
    if (
      date !== null &&
      r.from !== null &&
      r.from.length < 10 &&
      r.from > date.slice(0, r.from.length)
    )
      continue;
    // A ministry's spokesperson holds a role of the country the ministry stands for.
    // A role in a government body the article does not name ("the U.S. House Speaker") is a
    // role of the body's country.
    const of = kb.actsFor.get(r.of) ?? (mentioned.has(r.of) ? r.of : undefined);
    if (!of && kb.byId.get(r.of)?.props["type"] === "government_body") viaCountry.add(r);
    if (!of || !mentioned.has(of)) continue;
    const list = byHolder.get(of);
    if (list) list.push(r);
    else byHolder.set(of, [r]);
  }
  const out: KbFact[] = [];
  // Someone in office at the article's date is not also named for bodies they left long ago
  // (a president once a UN official, a commission head once a national minister).
  const current = date !== null && (kb.rolesOf.get(person) ?? []).some((r) => roleCovers(r, date));
  for (const [of, roles] of byHolder) {
    if (
      date !== null &&
      roles.every((r) => r.to !== null && yearsBetween(r.to, date) > (current ? 2 : 5))
    )
      continue;
    const latest = [...roles].sort((a, b) => (b.from ?? "").localeCompare(a.from ?? ""));
    const pick =
      (date ? latest.find((r) => roleCovers(r, date)) : undefined) ??
      latest.find((r) => leads(r, lexicon)) ??
      latest[0];
    if (!pick) continue;
    // Only a head of state or government leads the country a body stands for ("Head of the
    // Presidential Office" does not), and no head of a body that does not stand for its country.
    const leader =
      pick.of === of
        ? leads(pick, lexicon) || (kb.byId.get(of)?.kind === "Organisation" && headsBody(pick))
        : lexicon.roles.get(roleKey(pick.role)) === "LEADS";
    out.push({
      from: person,
      type: leader ? "LEADS" : "HOLDS_ROLE",
      to: of,
      role: pick.role,
      validFrom: pick.from,
      validTo: pick.to,
    });
  }
  // A role held at the article's date in a government body the article does not name is a role
  // in the body's country, when the person has none there already ("the U.S. House Speaker").
  for (const r of viaCountry) {
    const of = kb.countryOf.get(r.of);
    if (!of || !mentioned.has(of) || byHolder.has(of) || date === null || !roleCovers(r, date))
      continue;
    if (out.some((f) => f.to === of)) continue;
    out.push({
      from: person,
      type: "HOLDS_ROLE",
      to: of,
      role: r.role,
      validFrom: r.from,
      validTo: r.to,
    });
  }
  return out;
}

/**
 * A known place the article names, in the country the knowledge base puts it in, when the
 * article also names that country anywhere ("Xi arrived in Kazan" in a story about Russia's
 * summit): news leaves the country of a city implicit once it has named it. Capitals count too,
 * also where the article uses them as actors ("Niamey said"): the city is still in its country.
 * The evidence is the place's first sentence; places the same sentence already ties to their
 * country are left to sentenceKbFacts.
 */
export function articleLocationFacts(
  sentences: readonly AnalysedSentence[],
  kb: KbIndex,
): { fact: KbFact; sentence: AnalysedSentence }[] {
  const named = new Set<string>();
  for (const s of sentences)
    for (const m of s.mentions) if (m.kind === "Country" && m.via !== "pronoun") named.add(m.id);
  const out: { fact: KbFact; sentence: AnalysedSentence }[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (m.kind !== "Location" || seen.has(m.id)) continue;
      seen.add(m.id);
      // A town of the world lists the knowledge base lacks: the country the lists give it.
      const c = kb.countryOf.get(m.id) ?? (m.origin === "text" ? worldCountry(m, kb) : undefined);
      if (c && named.has(c) && !s.mentions.some((o) => o.id === c))
        out.push({ fact: fact(m.id, "LOCATED_IN", c), sentence: s });
    }
  }
  return out;
}

/** Place name -> its world-list country, per knowledge base (names recur in every sentence). */
const worldCountries = new WeakMap<KbIndex, Map<string, string | null>>();

/** The knowledge-base country of a place name the world lists hold, if any. */
function worldCountry(m: Mention, kb: KbIndex): string | undefined {
  let byName = worldCountries.get(kb);
  if (!byName) worldCountries.set(kb, (byName = new Map()));
  let c = byName.get(m.name);
  if (c === undefined) {
    // A name several countries have ("Surrey": England and British Columbia) says no country.
    const place = worldPlaces().get(placeKey(tokenize(m.name)));
    c = (place && !place.shared && kb.countryByCca2.get(place.country)) || null;
    byName.set(m.name, c);
  }
  return c ?? undefined;
}

export function sentenceKbFacts(s: AnalysedSentence, kb: KbIndex): KbFact[] {
  const out: KbFact[] = [];
  const ids = new Set(s.mentions.map((m) => m.id));
  for (const m of s.mentions) {
    if (m.kind === "Location") {
      const c = kb.countryOf.get(m.id) ?? (m.origin === "text" ? worldCountry(m, kb) : undefined);
      if (c && ids.has(c)) out.push(fact(m.id, "LOCATED_IN", c));
    }
  }
  const countries = [...new Set(s.mentions.filter((m) => m.kind === "Country").map((m) => m.id))];
  if (BORDER_CUES.test(s.sentence.text)) {
    for (const a of countries)
      for (const b of countries)
        if (a < b && kb.borders.get(a)?.has(b)) out.push(fact(a, "BORDERS", b));
  }
  if (MEMBER_CUES.test(s.sentence.text)) {
    for (const o of ids) {
      const members = kb.members.get(o);
      if (members) for (const c of countries) if (members.has(c)) out.push(fact(c, "MEMBER_OF", o));
    }
  }
  return out;
}
