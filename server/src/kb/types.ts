// The knowledge base's shape: actor dictionaries with dated roles, as political event coders
// keep them. Data lives in YAML beside this file (persons, organisations, locations) and in the
// world-countries package (countries); `load-knowledge-base.ts` turns both into this.

/** A dated role. `of` is the id of a country or organisation. Dates are ISO, null = open. */
export interface KbRole {
  role: string;
  of: string;
  from: string | null;
  to: string | null;
  /** The office's own wording when it differs from `role` ("Secretary of State for Foreign Affairs"). */
  title?: string;
}

export interface KbCountry {
  id: string;
  name: string;
  officialName: string;
  /** Other names the country goes by (English exonyms, abbreviations such as "US", "UAE"). */
  aliases: string[];
  /** Adjectival/demonym forms: "Iranian", "Russian". */
  demonyms: string[];
  /** ISO 3166 codes; null for a self-declared state (de-facto-states.yaml). */
  cca2: string | null;
  cca3: string | null;
  /** A self-declared state: the country that claims its territory under international recognition. */
  claimedBy?: string;
  /** Ids of capital locations. */
  capitals: string[];
  /** Ids of bordering countries. */
  borders: string[];
  region: string;
  subregion: string;
}

export type OrganisationType =
  | "intergovernmental"
  | "armed_group"
  | "ngo"
  | "government_body"
  | "media"
  | "party"
  | "company"
  | "other";

export interface KbOrganisation {
  id: string;
  name: string;
  aliases: string[];
  type: OrganisationType;
  /** Country the body belongs to (a ministry, an army, a state outlet), or null. */
  country: string | null;
  /**
   * When a mention of this body stands for its country as an actor ("the Kremlin said",
   * "the White House warned"), the country id; else null.
   */
  actsFor: string | null;
  /**
   * A building or executive office named for the government in it ("the Kremlin", "Downing
   * Street"): only ever its country. Other bodies that act for their country (ministries, armies)
   * are entities of their own as well.
   */
  seat?: boolean;
  /** Member entity ids (countries, usually). */
  members: string[];
}

export interface KbLocation {
  id: string;
  name: string;
  aliases: string[];
  /** Country the place is in. */
  country: string | null;
  /** Set when the place is a capital: used as an actor it stands for this country. */
  capitalOf: string | null;
}

export interface KbPerson {
  id: string;
  name: string;
  aliases: string[];
  /**
   * Names that also fit another KB person ("Aliyev", "Berdimuhamedow", "Bush"): they refer to
   * this person only when context (an earlier full mention, a role at the article's date)
   * settles it, so they are kept out of `aliases`.
   */
  ambiguousAliases?: string[];
  roles: KbRole[];
}

export interface KnowledgeBase {
  countries: KbCountry[];
  persons: KbPerson[];
  organisations: KbOrganisation[];
  locations: KbLocation[];
}
