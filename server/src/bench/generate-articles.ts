// Generates synthetic news articles for benchmarks: knowledge-base actors recombined into
// sentences of the verb patterns' kinds, plus filler, with dates. Deterministic for a seed, so
// two runs measure the same corpus. Not used for scoring: it only has to look like news.
import { loadKnowledgeBase } from "../kb/load-knowledge-base.ts";
import type { KbCountry, KbPerson } from "../kb/types.ts";
import type { RawArticle } from "../ingest/types.ts";

/** Small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PERSON_TEMPLATES = [
  "{A} met {B} in {city} on {weekday}, officials said.",
  "{A} held talks with {B} on regional security and trade.",
  "{A} spoke by phone with {B} about the crisis.",
  "{A} praised {B} for his stance on the conflict.",
  "{A} criticised {B} over the decision, calling it dangerous.",
  "{A} urged {B} to return to negotiations.",
  "{A} visited {country} for the first time since taking office.",
  "{A} warned {B} against further escalation.",
];
const COUNTRY_TEMPLATES = [
  "{X} imposed new sanctions on {Y} over its nuclear programme.",
  "{X} has supplied drones and missiles to {Y}, according to officials.",
  "{X} and {Y} agreed to cooperate on energy and transport.",
  "{X} condemned {Y} for the strikes.",
  "{X} sent humanitarian aid to {Y} after the earthquake.",
  "{X} invaded {Y} in a dawn offensive.",
  "{X} backed {Y} in the dispute.",
];
const FILLER = [
  "Analysts said the move reflected a broader shift in the region.",
  "The statement did not give further details.",
  "Markets reacted calmly to the news on Wednesday.",
  "Observers expect further talks in the coming weeks.",
  "The ministry published a summary of the discussions later in the day.",
];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface GenerateOptions {
  count: number;
  seed?: number;
  sentencesPerArticle?: number;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function described(person: KbPerson, countries: Map<string, KbCountry>): string {
  const role = person.roles.at(-1);
  const country = role ? countries.get(role.of) : undefined;
  if (role && country?.demonyms[0]) return `${country.demonyms[0]} ${role.role} ${person.name}`;
  return person.name;
}

/** Yields `count` articles, one at a time, so a large corpus is never held in memory. */
export function* generateArticles(options: GenerateOptions): Generator<RawArticle> {
  const kb = loadKnowledgeBase();
  const rand = random(options.seed ?? 42);
  const countries = new Map(kb.countries.map((c) => [c.id, c]));
  const persons = kb.persons.filter((p) => p.roles.length > 0);
  const cities = kb.locations.filter((l) => l.capitalOf !== null);
  const sovereign = kb.countries.filter((c) => c.capitals.length > 0);
  const sentences = options.sentencesPerArticle ?? 24;
  for (let i = 0; i < options.count; i += 1) {
    const year = 2015 + Math.floor(rand() * 11);
    const month = 1 + Math.floor(rand() * 12);
    const day = 1 + Math.floor(rand() * 28);
    const lines: string[] = [];
    for (let s = 0; s < sentences; s += 1) {
      const r = rand();
      if (r < 0.4) {
        const a = pick(rand, persons);
        const b = pick(rand, persons);
        lines.push(
          pick(rand, PERSON_TEMPLATES)
            .replace("{A}", s % 3 === 0 ? described(a, countries) : a.name)
            .replace("{B}", b.name)
            .replace("{city}", pick(rand, cities).name)
            .replace("{country}", pick(rand, sovereign).name)
            .replace("{weekday}", pick(rand, WEEKDAYS)),
        );
      } else if (r < 0.75) {
        lines.push(
          pick(rand, COUNTRY_TEMPLATES)
            .replace("{X}", pick(rand, sovereign).name)
            .replace("{Y}", pick(rand, sovereign).name),
        );
      } else {
        lines.push(pick(rand, FILLER));
      }
    }
    const paragraphs: string[] = [];
    for (let p = 0; p < lines.length; p += 3) paragraphs.push(lines.slice(p, p + 3).join(" "));
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    yield {
      file: `generated/${i}.json`,
      format: "json",
      title: `Synthetic report ${i}: ${pick(rand, sovereign).name} and ${pick(rand, sovereign).name}`,
      url: `https://bench.example/articles/${options.seed ?? 42}/${i}`,
      source: "Bench Wire",
      author: null,
      publishedAt: iso,
      text: `${day} ${MONTHS[month - 1]} ${year}\n\n${paragraphs.join("\n\n")}\n`,
    };
  }
}
