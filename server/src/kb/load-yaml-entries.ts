// Reads the analyst-edited YAML files (persons, organisations, locations) into KB entries,
// checking each entry's shape; cross-references are checked later, once everything is loaded.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { KnowledgeBaseError } from "./kb-error.ts";
import { FieldReader, type Raw } from "./read-fields.ts";
import type { KbLocation, KbOrganisation, KbPerson, KbRole, OrganisationType } from "./types.ts";

const ORGANISATION_TYPES: readonly OrganisationType[] = [
  "intergovernmental",
  "armed_group",
  "ngo",
  "government_body",
  "media",
  "party",
  "company",
  "other",
];

/** Named member lists an organisation may use instead of spelling out ~190 countries. */
export type MemberSets = ReadonlyMap<string, readonly string[]>;

export function readYamlList(file: string): Raw[] {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new KnowledgeBaseError(file, null, `cannot read YAML: ${(error as Error).message}`);
  }
  if (doc === null || doc === undefined) return [];
  if (!Array.isArray(doc))
    throw new KnowledgeBaseError(file, null, "the file must be a YAML list of entries");
  return doc.map((item, i) => {
    if (typeof item !== "object" || item === null || Array.isArray(item))
      throw new KnowledgeBaseError(file, `#${i + 1}`, "each entry must be a mapping");
    return item as Raw;
  });
}

const readerFor = (file: string, raw: Raw, index: number): FieldReader =>
  new FieldReader(file, typeof raw.id === "string" ? raw.id : `#${index + 1}`);

export function parsePersons(file: string): KbPerson[] {
  return readYamlList(file).map((raw, i) => {
    const f = readerFor(file, raw, i);
    f.checkKeys(raw, ["id", "name", "aliases", "ambiguousAliases", "roles"]);
    const rolesRaw: unknown = raw.roles ?? [];
    if (!Array.isArray(rolesRaw)) return f.fail(`"roles" must be a list`);
    const roles = rolesRaw.map((r, j) => parseRole(f, f.record(r, `roles[${j}]`)));
    return {
      id: f.id(raw, "id"),
      name: f.string(raw, "name"),
      aliases: f.strings(raw, "aliases"),
      ambiguousAliases: f.strings(raw, "ambiguousAliases"),
      roles,
    };
  });
}

function parseRole(f: FieldReader, raw: Raw): KbRole {
  f.checkKeys(raw, ["role", "of", "from", "to", "title"]);
  const role: KbRole = {
    role: f.string(raw, "role"),
    of: f.id(raw, "of"),
    from: f.date(raw, "from"),
    to: f.date(raw, "to"),
  };
  const title = f.optionalString(raw, "title");
  if (title !== undefined) role.title = title;
  return role;
}

export function parseOrganisations(file: string, memberSets: MemberSets): KbOrganisation[] {
  return readYamlList(file).map((raw, i) => {
    const f = readerFor(file, raw, i);
    f.checkKeys(raw, ["id", "name", "aliases", "type", "country", "actsFor", "seat", "members"]);
    const type = f.string(raw, "type") as OrganisationType;
    if (!ORGANISATION_TYPES.includes(type))
      f.fail(`"type" must be one of ${ORGANISATION_TYPES.join(", ")}, got "${type}"`);
    let members: string[];
    if (typeof raw.members === "string") {
      const set = memberSets.get(raw.members);
      if (!set)
        return f.fail(
          `"members" names an unknown member set "${raw.members}" (known: ${[...memberSets.keys()].join(", ")})`,
        );
      members = [...set];
    } else {
      members = f.strings(raw, "members");
    }
    return {
      id: f.id(raw, "id"),
      name: f.string(raw, "name"),
      aliases: f.strings(raw, "aliases"),
      type,
      country: f.optionalId(raw, "country"),
      actsFor: f.optionalId(raw, "actsFor"),
      seat: f.flag(raw, "seat"),
      members,
    };
  });
}

export function parseLocations(file: string): KbLocation[] {
  return readYamlList(file).map((raw, i) => {
    const f = readerFor(file, raw, i);
    f.checkKeys(raw, ["id", "name", "aliases", "country", "capitalOf"]);
    return {
      id: f.id(raw, "id"),
      name: f.string(raw, "name"),
      aliases: f.strings(raw, "aliases"),
      country: f.optionalId(raw, "country"),
      capitalOf: f.optionalId(raw, "capitalOf"),
    };
  });
}
