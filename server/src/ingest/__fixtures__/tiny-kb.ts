// A small knowledge base for unit tests: invented-but-plausible actors, so no test depends on
// the real KB's contents or on any seed article.
import type { KbCountry, KnowledgeBase } from "../../kb/types.ts";

const country = (
  id: string,
  name: string,
  demonym: string,
  capital: string,
  borders: string[] = [],
  aliases: string[] = [],
): KbCountry => ({
  id,
  name,
  officialName: `Republic of ${name}`,
  aliases,
  demonyms: [demonym],
  cca2: id.slice(0, 2).toUpperCase(),
  cca3: id.slice(0, 3).toUpperCase(),
  capitals: [capital],
  borders,
  region: "Test",
  subregion: "Test",
});

export const tinyKb: KnowledgeBase = {
  countries: [
    country(
      "russia",
      "Russia",
      "Russian",
      "moscow",
      ["ukraine", "georgia"],
      ["Russian Federation"],
    ),
    country("ukraine", "Ukraine", "Ukrainian", "kyiv", ["russia"]),
    country("georgia", "Georgia", "Georgian", "tbilisi", ["russia"]),
    country("iran", "Iran", "Iranian", "tehran", ["turkey"], ["Islamic Republic of Iran"]),
    country("turkey", "Turkey", "Turkish", "ankara", ["iran"], ["Türkiye"]),
    country(
      "united-states",
      "United States",
      "American",
      "washington",
      [],
      ["US", "U.S.", "USA", "America"],
    ),
    country("france", "France", "French", "paris"),
  ],
  persons: [
    {
      id: "anna-kovac",
      name: "Anna Kovac",
      aliases: ["Kovac"],
      roles: [{ role: "President", of: "ukraine", from: "2019-05-20", to: null }],
    },
    {
      id: "pavel-orlov",
      name: "Pavel Orlov",
      aliases: [],
      roles: [{ role: "President", of: "russia", from: "2012-05-07", to: null }],
    },
    {
      id: "reza-tavana",
      name: "Reza Tavana",
      aliases: [],
      roles: [{ role: "President", of: "iran", from: "2021-08-03", to: "2024-05-19" }],
    },
    {
      id: "omid-sadri",
      name: "Omid Sadri",
      aliases: [],
      roles: [{ role: "President", of: "iran", from: "2024-07-28", to: null }],
    },
    {
      id: "kazem-nouri",
      name: "Kazem Nouri",
      aliases: ["Ayatollah Nouri"],
      roles: [{ role: "Supreme Leader", of: "iran", from: "1989-06-04", to: null }],
    },
    {
      id: "mehmet-yilmaz",
      name: "Mehmet Yılmaz",
      aliases: [],
      roles: [{ role: "President", of: "turkey", from: "2014-08-28", to: null }],
    },
  ],
  organisations: [
    {
      id: "nato",
      name: "NATO",
      aliases: ["North Atlantic Treaty Organization"],
      type: "intergovernmental",
      country: null,
      actsFor: null,
      members: ["united-states", "turkey", "france"],
    },
    {
      id: "kremlin",
      name: "Kremlin",
      aliases: ["the Kremlin"],
      type: "government_body",
      country: "russia",
      actsFor: "russia",
      seat: true,
      members: [],
    },
    {
      id: "russian-foreign-ministry",
      name: "Russian Foreign Ministry",
      aliases: ["Russia's Foreign Ministry"],
      type: "government_body",
      country: "russia",
      actsFor: "russia",
      members: [],
    },
    {
      id: "islamic-state",
      name: "Islamic State",
      aliases: ["IS", "ISIS"],
      type: "armed_group",
      country: null,
      actsFor: null,
      members: [],
    },
  ],
  locations: [
    { id: "moscow", name: "Moscow", aliases: [], country: "russia", capitalOf: "russia" },
    { id: "tehran", name: "Tehran", aliases: [], country: "iran", capitalOf: "iran" },
    { id: "ankara", name: "Ankara", aliases: [], country: "turkey", capitalOf: "turkey" },
    { id: "kyiv", name: "Kyiv", aliases: ["Kiev"], country: "ukraine", capitalOf: "ukraine" },
    { id: "crimea", name: "Crimea", aliases: [], country: "ukraine", capitalOf: null },
  ],
};
