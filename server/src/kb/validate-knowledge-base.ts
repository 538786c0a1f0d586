// Whole-KB checks that single entries cannot make: ids unique across every kind, every
// reference resolving, role dates in order, and no name silently meaning two actors of a kind.
import { periodEnd, periodStart } from "./kb-dates.ts";
import { KnowledgeBaseError } from "./kb-error.ts";
import { normaliseAlias } from "./normalise-alias.ts";
import type { KbLocation, KbOrganisation, KbPerson, KnowledgeBase } from "./types.ts";

/** The file each person, organisation and place entry was read from (capitals have none). */
export type KbEntryFiles = Map<KbPerson | KbOrganisation | KbLocation, string>;

/** Where the KB came from, for error messages. */
export interface KbSources {
  /** The country overrides file; countries and their capitals are reported against it. */
  countries: string;
  files: KbEntryFiles;
}

export function validateKnowledgeBase(kb: KnowledgeBase, sources: KbSources): void {
  const fileOf = (e: KbPerson | KbOrganisation | KbLocation): string =>
    sources.files.get(e) ?? sources.countries;
  const fileOfId = new Map<string, string>();
  const claim = (id: string, file: string): void => {
    const earlier = fileOfId.get(id);
    if (earlier !== undefined)
      throw new KnowledgeBaseError(
        file,
        id,
        `id is already used${earlier === file ? "" : ` in ${earlier}`}; ids are unique across all kinds`,
      );
    fileOfId.set(id, file);
  };
  for (const c of kb.countries) claim(c.id, sources.countries);
  for (const l of kb.locations) claim(l.id, fileOf(l));
  for (const o of kb.organisations) claim(o.id, fileOf(o));
  for (const p of kb.persons) claim(p.id, fileOf(p));

  const countryIds = new Set(kb.countries.map((c) => c.id));
  const actorIds = new Set([...countryIds, ...kb.organisations.map((o) => o.id)]);
  const expect = (ok: boolean, file: string, id: string, problem: string): void => {
    if (!ok) throw new KnowledgeBaseError(file, id, problem);
  };
  const isCountry = (ref: string | null): boolean => ref === null || countryIds.has(ref);

  for (const c of kb.countries)
    for (const b of c.borders)
      expect(countryIds.has(b), sources.countries, c.id, `border "${b}" is not a country id`);
  for (const l of kb.locations) {
    const file = fileOf(l);
    expect(isCountry(l.country), file, l.id, `"country" "${l.country}" is not a country id`);
    expect(isCountry(l.capitalOf), file, l.id, `"capitalOf" "${l.capitalOf}" is not a country id`);
  }
  for (const o of kb.organisations) {
    const f = fileOf(o);
    expect(isCountry(o.country), f, o.id, `"country" "${o.country}" is not a country id`);
    expect(isCountry(o.actsFor), f, o.id, `"actsFor" "${o.actsFor}" is not a country id`);
    for (const m of o.members)
      expect(
        actorIds.has(m) && m !== o.id,
        f,
        o.id,
        `member "${m}" is not a country or another organisation id`,
      );
    expect(new Set(o.members).size === o.members.length, f, o.id, "a member is listed twice");
  }
  for (const p of kb.persons)
    for (const r of p.roles) {
      const f = fileOf(p);
      expect(
        actorIds.has(r.of),
        f,
        p.id,
        `role "${r.role}" is "of" "${r.of}", which is not a country or organisation id`,
      );
      if (r.from !== null && r.to !== null)
        expect(
          periodStart(r.from) <= periodEnd(r.to),
          f,
          p.id,
          `role "${r.role}" of ${r.of} ends (${r.to}) before it starts (${r.from})`,
        );
    }

  checkClashes(
    sources.countries,
    kb.countries.map((c) => ({ id: c.id, names: [c.name, c.officialName, ...c.aliases] })),
    "name or alias",
  );
  checkClashes(
    sources.countries,
    kb.countries.map((c) => ({ id: c.id, names: c.demonyms })),
    "demonym",
  );
  for (const entries of [kb.organisations, kb.locations, kb.persons])
    checkClashes(
      sources.countries,
      entries.map((e) => ({ id: e.id, names: [e.name, ...e.aliases], file: fileOf(e) })),
      "name or alias",
    );
  const personByName = new Map<string, string>();
  for (const p of kb.persons)
    for (const n of [p.name, ...p.aliases]) personByName.set(normaliseAlias(n), p.id);
  for (const p of kb.persons)
    for (const a of p.ambiguousAliases ?? []) {
      const owner = personByName.get(normaliseAlias(a));
      expect(
        owner === undefined,
        fileOf(p),
        p.id,
        `ambiguous alias "${a}" is a plain alias of "${owner}"; make it ambiguous there too`,
      );
    }
}

/** Within one kind, a name must point to one entry; shared names go in `ambiguousAliases`. */
function checkClashes(
  file: string,
  entries: { id: string; names: string[]; file?: string }[],
  what: string,
): void {
  const owner = new Map<string, { id: string; file: string }>();
  for (const e of entries) {
    const here = e.file ?? file;
    for (const n of e.names) {
      const key = normaliseAlias(n);
      if (key === "") continue;
      const other = owner.get(key);
      if (other !== undefined && other.id !== e.id)
        throw new KnowledgeBaseError(
          here,
          e.id,
          `${what} "${n}" also names "${other.id}"${other.file === here ? "" : ` in ${other.file}`}; drop it or list it as ambiguous`,
        );
      owner.set(key, { id: e.id, file: here });
    }
  }
}
