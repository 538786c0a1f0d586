// Reads country-overrides.yaml: per-country corrections to world-countries, keyed by cca3.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { KnowledgeBaseError } from "./kb-error.ts";
import { FieldReader, type Raw } from "./read-fields.ts";

export interface CapitalOverride {
  id?: string;
  name?: string;
  aliases?: string[];
}

export interface CountryOverride {
  name?: string;
  officialName?: string;
  aliases?: string[];
  dropAliases?: string[];
  demonyms?: string[];
  dropDemonyms?: string[];
  /** Treat as a state in name clashes though the package marks it non-independent. */
  sovereign?: boolean;
  /** Corrects the package's UN membership flag (it lists the Holy See, a UN observer). */
  unMember?: boolean;
  /** Keyed by the package's capital name; null drops the capital (city-states). */
  capitals?: Record<string, CapitalOverride | null>;
}

const KEYS = [
  "name",
  "officialName",
  "aliases",
  "dropAliases",
  "demonyms",
  "dropDemonyms",
  "sovereign",
  "unMember",
  "capitals",
];

export function readCountryOverrides(file: string): Map<string, CountryOverride> {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new KnowledgeBaseError(file, null, `cannot read YAML: ${(error as Error).message}`);
  }
  const top = new FieldReader(file, "countries").record(
    (doc as Raw | null)?.countries ?? {},
    `"countries"`,
  );
  const result = new Map<string, CountryOverride>();
  for (const [cca3, value] of Object.entries(top)) {
    const f = new FieldReader(file, cca3);
    const raw = f.record(value, "an override");
    f.checkKeys(raw, KEYS);
    const o: CountryOverride = {
      aliases: f.strings(raw, "aliases"),
      dropAliases: f.strings(raw, "dropAliases"),
      demonyms: f.strings(raw, "demonyms"),
      dropDemonyms: f.strings(raw, "dropDemonyms"),
    };
    const name = f.optionalString(raw, "name");
    if (name !== undefined) o.name = name;
    const officialName = f.optionalString(raw, "officialName");
    if (officialName !== undefined) o.officialName = officialName;
    if (raw.sovereign !== undefined) {
      if (typeof raw.sovereign !== "boolean") return f.fail(`"sovereign" must be true or false`);
      o.sovereign = raw.sovereign;
    }
    if (raw.unMember !== undefined) {
      if (typeof raw.unMember !== "boolean") return f.fail(`"unMember" must be true or false`);
      o.unMember = raw.unMember;
    }
    if (raw.capitals !== undefined) {
      const capitals: Record<string, CapitalOverride | null> = {};
      for (const [capital, c] of Object.entries(f.record(raw.capitals, `"capitals"`))) {
        if (c === null) {
          capitals[capital] = null;
          continue;
        }
        const cr = f.record(c, `capitals.${capital}`);
        f.checkKeys(cr, ["id", "name", "aliases"]);
        const co: CapitalOverride = { aliases: f.strings(cr, "aliases") };
        const id = f.optionalId(cr, "id");
        if (id !== null) co.id = id;
        const cname = f.optionalString(cr, "name");
        if (cname !== undefined) co.name = cname;
        capitals[capital] = co;
      }
      o.capitals = capitals;
    }
    result.set(cca3, o);
  }
  return result;
}
