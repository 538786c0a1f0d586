// Lookups over the knowledge base the pipeline needs after recognition: names and kinds by id,
// dated roles (who held "president" of "iran" on a date), places' countries, members, borders.
import type { KbRole, KnowledgeBase } from "../kb/types.ts";
import type { GazetteerKind } from "./build-gazetteer.ts";

export interface KbEntry {
  id: string;
  name: string;
  kind: GazetteerKind;
  aliases: string[];
  props: Record<string, string | number | boolean | null | string[]>;
}

export interface RoleHolder extends KbRole {
  person: string;
}

export interface KbIndex {
  byId: Map<string, KbEntry>;
  roles: RoleHolder[];
  rolesOf: Map<string, RoleHolder[]>;
  /** The roles held in a country or body, by its id. */
  rolesIn: Map<string, RoleHolder[]>;
  /** The roles by the last word of their title in lower case ("foreign minister" -> "minister"). */
  rolesByLastWord: Map<string, RoleHolder[]>;
  countryOf: Map<string, string>;
  members: Map<string, Set<string>>;
  borders: Map<string, Set<string>>;
  /** Government bodies that stand for their country (ministries, seats): body id -> country. */
  actsFor: Map<string, string>;
  /** ISO 3166 alpha-2 code -> country id ("CI" -> "ivory-coast"). */
  countryByCca2: Map<string, string>;
}

/** What follows the last space ("foreign minister" -> "minister"). */
export const lastWord = (phrase: string): string => phrase.slice(phrase.lastIndexOf(" ") + 1);

/** A dated role covers a date when the date falls inside it at the date's own precision. */
export function roleCovers(role: KbRole, date: string): boolean {
  const from = role.from ?? "0000";
  const to = role.to ?? "9999";
  return (
    from.slice(0, date.length) <= date && date <= to.slice(0, date.length).padEnd(date.length, "9")
  );
}

/** The only country a person holds an office in at the date, or null (none, or several). */
export function soleCountryAt(person: string, date: string, kb: KbIndex): string | null {
  const held = new Set(
    (kb.rolesOf.get(person) ?? [])
      .filter((r) => roleCovers(r, date) && kb.byId.get(r.of)?.kind === "Country")
      .map((r) => r.of),
  );
  return held.size === 1 ? ([...held][0] ?? null) : null;
}

export function buildKbIndex(kb: KnowledgeBase): KbIndex {
  const byId = new Map<string, KbEntry>();
  const countryOf = new Map<string, string>();
  const members = new Map<string, Set<string>>();
  const borders = new Map<string, Set<string>>();
  const actsFor = new Map<string, string>();
  const countryByCca2 = new Map<string, string>();
  for (const c of kb.countries) {
    if (c.cca2) countryByCca2.set(c.cca2, c.id);
    byId.set(c.id, {
      id: c.id,
      name: c.name,
      kind: "Country",
      aliases: [c.officialName, ...c.aliases, ...c.demonyms],
      props: { cca2: c.cca2, cca3: c.cca3, region: c.region, subregion: c.subregion },
    });
    borders.set(c.id, new Set(c.borders));
  }
  for (const o of kb.organisations) {
    byId.set(o.id, {
      id: o.id,
      name: o.name,
      kind: "Organisation",
      aliases: o.aliases,
      props: { type: o.type },
    });
    // A seat stands for its country as an actor; it is an entity only as the body it is.
    if (o.actsFor) {
      actsFor.set(o.id, o.actsFor);
      continue;
    }
    members.set(o.id, new Set(o.members));
    if (o.country) countryOf.set(o.id, o.country);
  }
  for (const l of kb.locations) {
    byId.set(l.id, { id: l.id, name: l.name, kind: "Location", aliases: l.aliases, props: {} });
    if (l.country) countryOf.set(l.id, l.country);
  }
  const roles: RoleHolder[] = [];
  const rolesOf = new Map<string, RoleHolder[]>();
  for (const p of kb.persons) {
    byId.set(p.id, { id: p.id, name: p.name, kind: "Person", aliases: p.aliases, props: {} });
    const list = p.roles.map((r) => ({ ...r, person: p.id }));
    roles.push(...list);
    rolesOf.set(p.id, list);
  }
  const rolesIn = new Map<string, RoleHolder[]>();
  const rolesByLastWord = new Map<string, RoleHolder[]>();
  const push = (map: Map<string, RoleHolder[]>, key: string, r: RoleHolder): void => {
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  };
  for (const r of roles) {
    push(rolesIn, r.of, r);
    push(rolesByLastWord, lastWord(r.role.toLowerCase()), r);
  }
  return {
    byId,
    roles,
    rolesOf,
    rolesIn,
    rolesByLastWord,
    countryOf,
    members,
    borders,
    actsFor,
    countryByCca2,
  };
}

/**
 * The countries and bodies a person holds roles in, with the countries those bodies belong to:
 * the person's own side, which it neither criticises, threatens nor visits abroad.
 */
export function ownSide(person: string, kb: KbIndex): Set<string> {
  const own = new Set<string>();
  for (const r of kb.rolesOf.get(person) ?? []) {
    own.add(r.of);
    const c = holderCountry(r.of, kb);
    if (c) own.add(c);
  }
  return own;
}

/**
 * The country an office's holder belongs to: a body's or place's country, or the country a seat
 * or ministry acts for ("chinese-foreign-ministry"); undefined for a country or a free body.
 */
export const holderCountry = (holder: string, kb: KbIndex): string | undefined =>
  kb.countryOf.get(holder) ?? kb.actsFor.get(holder);
