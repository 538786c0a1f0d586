// Fallback NER for names the knowledge base does not know. Precision first: a capitalised run
// becomes an entity only with positive evidence of its kind (a first name or a title/role in
// front for persons, an organisation or place head word at the end), so forum user names,
// button labels, book titles and sentence-initial words stay out.
import { readFileSync } from "node:fs";
import nlp from "compromise";
import { titleBefore } from "./recognise-mentions.ts";
import { phrasesEndingAt, phrasesStartingAt, type Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import type { Token } from "./tokenize.ts";
import { placeKey, worldPlaces } from "./world-places.ts";

type NameKind = "Person" | "Organisation" | "Location";

/** Generational suffixes that end a person's name ("Jr.", "III"). */
export const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

const COMPASS = new Set([
  "west",
  "east",
  "north",
  "south",
  "central",
  "western",
  "eastern",
  "northern",
  "southern",
]);

const compromiseLexicon = (nlp.model() as { one: { lexicon: Record<string, string> } }).one.lexicon;
const FIRST_NAME_TAGS = new Set(["MaleName", "FirstName", "FemaleName"]);
/** Given names compromise knows as only a man's or a woman's ("Nicholas", "Elizabeth"). */
const GENDERED_NAME_TAGS = new Set(["MaleName", "FemaleName"]);
/** Given names of some sixty languages (generated from @faker-js/faker, folded to lower case). */
const FIRST_NAMES = new Set(
  readFileSync(new URL("./patterns/first-names.txt", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#")),
);
const isEnglishFirstName = (t: Token): boolean =>
  FIRST_NAME_TAGS.has(compromiseLexicon[t.lower] ?? "");
/** A given name: compromise's English ones, or another language's that is no English word. */
export const isFirstName = (t: Token): boolean =>
  isEnglishFirstName(t) || (FIRST_NAMES.has(t.lower) && !isCommonWord(t));
/** Endings of English abstract nouns, which no surname has ("Agreement", "Convention"). */
const NOUN_ENDINGS = /(?:ment|tion|sion|ship|ness|ism)$|^.{5,}(?:ance|ence|ary)$|^.{3,}ity$/;
/** Words that can be a person's whole name: no "and", no abstract noun at the end. */
const plainName = (run: readonly Token[]): boolean =>
  run.every((t) => t.lower !== "and") && !NOUN_ENDINGS.test(run[run.length - 1]?.lower ?? "");
/** A capitalised word that is an ordinary English word ("Love", "Sign", "Posts"). */
export const isCommonWord = (t: Token): boolean => {
  const tag = compromiseLexicon[t.lower];
  return (
    tag !== undefined &&
    !FIRST_NAME_TAGS.has(tag) &&
    tag !== "LastName" &&
    !/Place|Country|City|Region|Organization|Person|ProperNoun/.test(String(tag))
  );
};

/** Length of a role phrase ending right before token `i` (a comma may sit between), or 0. */
function roleBefore(tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  const end = tokens[i - 1]?.text === "," ? i - 1 : i;
  for (const phrase of phrasesEndingAt(lexicon.rolesByLast, tokens, end)) {
    const s = end - phrase.length;
    if (s >= 0 && phrase.every((w, k) => tokens[s + k]?.lower === w)) return phrase.length;
  }
  // "the Prime Minister of North Macedonia, X": the role, "of" and its capitalised holder.
  if (tokens[i - 1]?.text === ",") {
    let k = end - 1;
    while (k > 0 && tokens[k]?.isWord && tokens[k]?.cap) k--;
    if (tokens[k]?.lower === "the" && tokens[k - 1]?.lower === "of") k--;
    if (k < end - 1 && tokens[k]?.lower === "of") {
      for (const phrase of phrasesEndingAt(lexicon.rolesByLast, tokens, k)) {
        const s = k - phrase.length;
        if (s >= 0 && phrase.every((w, d) => tokens[s + d]?.lower === w)) return phrase.length;
      }
    }
  }
  // "three deputy ministers, X, Y and Z": a plural role before a list of names.
  const plural = tokens[end - 1]?.lower ?? "";
  if (tokens[i - 1]?.text === "," && /s$/.test(plural)) {
    const singular = plural.replace(/(?<=m)en$/, "an").replace(/s$/, "");
    if (lexicon.rolesByLast.get(singular)?.some((p) => p.length === 1)) return 1;
  }
  return 0;
}

/** Capitalised articles of Arabic family names ("Al Nahyan"): a name's tail, never its start. */
const ARTICLES_OF_NAMES = new Set(["al", "el", "bin", "ibn", "bint", "abu", "ben"]);

/** A title or role before the run, a role after it, or a speech verb after a two-word run. */
function personCue(
  tokens: readonly Token[],
  s: number,
  j: number,
  run: readonly Token[],
  lexicon: Lexicon,
): boolean {
  return (
    titleBefore(tokens, s, lexicon) > 0 ||
    roleBefore(tokens, s, lexicon) > 0 ||
    (tokens[s - 1]?.text === "," && PERSON_NOUNS.has(tokens[s - 2]?.lower ?? "")) ||
    // "the journalist Cheng Lei": the noun right before a full name.
    (run.length >= 2 && PERSON_NOUNS.has(tokens[s - 1]?.lower ?? "")) ||
    // "X Y, who withdrew": only a person is a "who" (a lone word is left to the resolver, which
    // knows the surnames the article introduced).
    (run.length >= 2 && tokens[j]?.text === "," && tokens[j + 1]?.lower === "who") ||
    roleAfter(tokens, j, lexicon) ||
    (run.length >= 2 && personNounAfter(tokens, j)) ||
    (run.length >= 2 && speakerAfter(tokens, s, j))
  );
}

/** Nouns that only a person can be, announcing the name after their comma ("his counterpart, X"). */
const PERSON_NOUNS = new Set([
  "candidate",
  "journalist",
  "reporter",
  "cleric",
  "activist",
  "lawyer",
  "dissident",
  "businessman",
  "businesswoman",
  "tycoon",
  "billionaire",
  "scholar",
  "economist",
  "analyst",
  "researcher",
  "writer",
  "author",
  "blogger",
  "priest",
  "preacher",
  "militant",
  "rebel",
  "soldier",
  "student",
  "victim",
  "hostage",
  "prisoner",
  "defector",
  "opponent",
  "critic",
  "challenger",
  "rival",
  "ally",
  "aide",
  "counterpart",
  "successor",
  "predecessor",
  "deputy",
  "son",
  "daughter",
  "wife",
  "husband",
  "brother",
  "sister",
  "father",
  "mother",
  "widow",
  "nephew",
  "spouse",
]);

/** Nouns for people that describe a name set off before them ("X, a Hindu monk,"). */
const DESCRIBED_PERSONS = new Set([
  ...PERSON_NOUNS,
  "employee",
  "citizen",
  "national",
  "monk",
  "nun",
  "imam",
  "rabbi",
  "bishop",
  "officer",
  "official",
  "engineer",
  "doctor",
  "physician",
  "professor",
  "lecturer",
  "teacher",
  "farmer",
  "worker",
  "veteran",
  "survivor",
  "resident",
  "man",
  "woman",
  "politician",
  "lawmaker",
  "legislator",
  "commentator",
  "academic",
  "historian",
  "novelist",
  "poet",
  "artist",
  "singer",
  "actor",
  "actress",
  "athlete",
  "entrepreneur",
  "investor",
  "banker",
  "consultant",
  "negotiator",
  "mediator",
  "protester",
  "organiser",
  "organizer",
]);

/** ", a former Indian government employee", ", a Hindu monk": a person's noun after the run. */
function personNounAfter(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.text !== ",") return false;
  let k = j + 1;
  if (!["a", "an", "the"].includes(tokens[k]?.lower ?? "")) return false;
  for (k++; k < j + 7 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord || CLAUSE_JOINS.has(t.lower)) return false;
    if (DESCRIBED_PERSONS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs that, right after a name or after a name set off by commas, make it a speaker. */
const SPEAKER_VERBS = new Set([
  "said",
  "says",
  "told",
  "added",
  "wrote",
  "stated",
  "argued",
  "noted",
  "warned",
  "insisted",
  "replied",
  "explained",
  "tweeted",
  "posted",
  "recalled",
  "acknowledged",
]);

/** "X Y said", ", X Y, said": the run is someone speaking. */
function speakerAfter(tokens: readonly Token[], s: number, j: number): boolean {
  if (SPEAKER_VERBS.has(tokens[j]?.lower ?? "")) return true;
  return (
    tokens[s - 1]?.text === "," &&
    tokens[j]?.text === "," &&
    SPEAKER_VERBS.has(tokens[j + 1]?.lower ?? "")
  );
}

const CLAUSE_JOINS = new Set(["and", "or", "but", "while", "whereas"]);

/** ", the spokesman" / ", a senior adviser" right after the run, or a person listed after it. */
function roleAfter(tokens: readonly Token[], j: number, lexicon: Lexicon): boolean {
  if (tokens[j]?.text !== ",") return false;
  let k = j + 1;
  if (["the", "a", "an"].includes(tokens[k]?.lower ?? "")) k++;
  // ", and the minister later flew" opens a clause; ", and Foreign Minister X" lists a person.
  let joined = false;
  for (let n = 0; n < 4 && k < tokens.length; n++, k++) {
    if (CLAUSE_JOINS.has(tokens[k]?.lower ?? "")) joined = true;
    for (const phrase of phrasesStartingAt(lexicon.rolesByFirst, tokens, k))
      if (
        phrase.every((w, x) => tokens[k + x]?.lower === w) &&
        (!joined || isNameWord(tokens[k + phrase.length]))
      )
        return true;
  }
  return false;
}

/** Common nouns for settlements and subdivisions ("the village of X", "X, a town in ..."). */
export const PLACE_NOUNS = new Set([
  "village",
  "town",
  "city",
  "region",
  "province",
  "state",
  "district",
  "island",
  "port",
  "county",
  "oblast",
  "municipality",
  "governorate",
  "prefecture",
  "enclave",
  "settlement",
  "hamlet",
]);

/** "the village of X", "the Russian city of X" before the run, or ", a town in|near" after it. */
function placeCue(tokens: readonly Token[], s: number, j: number): boolean {
  if (tokens[s - 1]?.lower === "of" && PLACE_NOUNS.has(tokens[s - 2]?.lower ?? "")) return true;
  if (tokens[j]?.text !== ",") return false;
  const det = tokens[j + 1]?.lower;
  if (det !== "a" && det !== "an" && det !== "the") return false;
  for (let k = j + 2; k < j + 5; k++) {
    if (PLACE_NOUNS.has(tokens[k]?.lower ?? ""))
      return ["in", "near", "on", "of", "outside"].includes(tokens[k + 1]?.lower ?? "");
  }
  return false;
}

/** Subdivisions written in lower case after their name ("the Barmal district", "Sughd region"). */
export const SUBDIVISIONS = new Set([
  "district",
  "province",
  "region",
  "county",
  "governorate",
  "oblast",
  "prefecture",
  "municipality",
  "state",
]);

/** "Barmal district", "Lac province": the run's next word is a subdivision in lower case. */
function subdivisionAfter(tokens: readonly Token[], j: number, run: readonly Token[]): boolean {
  const next = tokens[j];
  return (
    !!next &&
    next.isWord &&
    !next.cap &&
    SUBDIVISIONS.has(next.lower) &&
    run.every((t) => !isCommonWord(t))
  );
}

/** The two sides of an "and" in the run [s, j), when each is a place of the world lists. */
function placePair(tokens: readonly Token[], s: number, j: number): [number, number][] | null {
  for (let k = s + 1; k < j - 1; k++) {
    if (tokens[k]?.lower !== "and") continue;
    return worldPlaceRun(tokens, s, k) && worldPlaceRun(tokens, k + 1, j)
      ? [
          [s, k],
          [k + 1, j],
        ]
      : null;
  }
  return null;
}

/** A fallback name of the given kind over tokens [a, b). */
function spanMention(
  text: string,
  textOffset: number,
  tokens: readonly Token[],
  a: number,
  b: number,
  kind: NameKind,
): Mention {
  const start = (tokens[a] as Token).start;
  const end = (tokens[b - 1] as Token).end;
  const surface = text.slice(start - textOffset, end - textOffset);
  return nerMention({ ti: a, tj: b, start, end, text: surface }, "", kind);
}

/** One-word town names below this size are too often also words ("Summit", "Mission"). */
const ONE_WORD_POPULATION = 100_000;

/**
 * "Manaus", "British Columbia": the whole run is a town, city or subdivision of the world lists,
 * and a one-word run is a subdivision or a large city, without "the", and not also an English
 * word, a first name or a surname ("Reading", "Victoria").
 */
function worldPlaceRun(tokens: readonly Token[], s: number, j: number): boolean {
  const place = worldPlaces().get(placeKey(tokens.slice(s, j)));
  if (!place) return false;
  if (j - s > 1) return true;
  const t = tokens[s] as Token;
  // "in Sydney", "from Aurora": after a preposition of place a first name is the city.
  const located =
    LOCATED_AFTER.has(tokens[s - 1]?.lower ?? "") && !(tokens[s + 1]?.cap && tokens[s + 1]?.isWord);
  return (
    (place.population ?? Infinity) >= ONE_WORD_POPULATION &&
    tokens[s - 1]?.lower !== "the" &&
    !t.upper &&
    !isCommonWord(t) &&
    (located || (!isFirstName(t) && compromiseLexicon[t.lower] !== "LastName"))
  );
}

/** Prepositions after which a one-word town is a place, even when it is also a given name. */
const LOCATED_AFTER = new Set(["in", "at", "near", "outside"]);

/** Words Sikh names carry after the given name. */
const SIKH = new Set(["singh", "kaur"]);

const COUNTRY_BODY_HEADS = new Set([
  "ministry",
  "department",
  "office",
  "administration",
  "government",
  "forces",
  "force",
  "army",
  "police",
]);

/** An organisation head word followed by "of" and a known country or place ending the run. */
function ofHead(
  tokens: readonly Token[],
  s: number,
  j: number,
  lexicon: Lexicon,
  owner: Map<number, Mention>,
): boolean {
  for (let k = s; k < j - 2; k++) {
    // "Senate of Paraguay": one head word may open the name, unless it is a body that speaks
    // for its country ("Ministry of ...", "Office of ...").
    if (
      tokens[k + 1]?.lower !== "of" ||
      !lexicon.organisationHeads.has((tokens[k] as Token).lower) ||
      (k === s && COUNTRY_BODY_HEADS.has((tokens[k] as Token).lower)) ||
      owner.has(k)
    )
      continue;
    // "Armed Forces of the Philippines": the article may sit outside the country's name.
    const after =
      owner.get(k + 2) ?? (tokens[k + 2]?.lower === "the" ? owner.get(k + 3) : undefined);
    return (
      !!after &&
      (after.kind === "Country" || after.kind === "Location") &&
      after.tj === j &&
      !owner.has(s)
    );
  }
  return false;
}

/**
 * "People's Liberation Army", "Workers' Party": a possessive inside the name of a body, after a
 * word no known name owns ("China's Foreign Ministry" is China and a ministry) and before
 * capitalised words that end on an organisation head.
 */
function possessiveInBodyName(
  tokens: readonly Token[],
  j: number,
  lexicon: Lexicon,
  owner: Map<number, Mention>,
): boolean {
  const t = tokens[j];
  if (t?.text !== "'s" && t?.text !== "’s" && t?.text !== "'" && t?.text !== "’") return false;
  if (owner.has(j - 1) || !isNameWord(tokens[j - 1])) return false;
  let k = j + 1;
  while (isNameWord(tokens[k]) && !owner.has(k)) k++;
  return k > j + 1 && lexicon.organisationHeads.has(tokens[k - 1]?.lower ?? "");
}

/**
 * "Milan Radoičić": the only known name in the run is a one-word place at its start, which a
 * person's first name can look like; the person cues below still have to hold.
 */
function firstWordPlaceOnly(inKnown: readonly Mention[], s: number): boolean {
  const [only] = inKnown;
  return inKnown.length === 1 && only?.kind === "Location" && only.ti === s && only.tj === s + 1;
}

/** "X of Slovenia and Prime Minister Y": a known place after "of", then "and" and a role. */
function placeThenRole(
  tokens: readonly Token[],
  owner: Map<number, Mention>,
  k: number,
  lexicon: Lexicon,
): boolean {
  const m = owner.get(k - 1);
  return (
    !!m &&
    m.tj === k &&
    (m.kind === "Country" || m.kind === "Location") &&
    tokens[m.ti - 1]?.lower === "of" &&
    isNameWord(tokens[k + 1]) &&
    roleAt(tokens, k + 1, lexicon)
  );
}

/**
 * "President Jimmy Carter and Panama's leader": an "and" at token k after unknown words, before
 * a known name, ends the unknown name there.
 */
function andKnown(owner: Map<number, Mention>, i: number, k: number): boolean {
  for (let x = i; x < k; x++) if (owner.has(x)) return false;
  return owner.has(k + 1);
}

/**
 * The "and" of an organisation's name that joins two names of two words or more, each all
 * capitalised, outside any known name and ending on an organisation's head word ("Nippon Steel
 * and Mitsubishi Heavy Industries"), or -1.
 */
function twoBodies(
  tokens: readonly Token[],
  s: number,
  j: number,
  owner: Map<number, Mention>,
  lexicon: Lexicon,
): number {
  for (let k = s + 2; k < j - 2; k++) {
    if (tokens[k]?.lower !== "and") continue;
    const sides = [tokens.slice(s, k), tokens.slice(k + 1, j)];
    const named = sides.every((side) => side.every((t) => isNameWord(t)));
    const free = !owner.has(k - 1) && !owner.has(k + 1);
    // Each side ends on its own head word ("National Security and Foreign Policy Committee" is one).
    const headed = lexicon.organisationHeads.has(tokens[k - 1]?.lower ?? "");
    return named && free && headed ? k : -1;
  }
  return -1;
}

/** An "and" in tokens [s, j) with a known name ending right before it or starting after it. */
function coordinatesKnown(
  tokens: readonly Token[],
  s: number,
  j: number,
  owner: Map<number, Mention>,
): boolean {
  for (let k = s + 1; k < j - 1; k++) {
    if (tokens[k]?.lower !== "and") continue;
    const next = tokens[k + 1]?.lower === "the" ? k + 2 : k + 1;
    if (owner.get(k - 1)?.tj === k || owner.get(next)?.ti === next) return true;
  }
  return false;
}

const APOSTROPHES = new Set(["'", "’"]);

/** "N'" of "N'Dre", "O'" of "O'Brien" at k: a prefix of the word after it, not a word. */
export function elidedPrefix(tokens: readonly Token[], k: number): boolean {
  return (
    (tokens[k]?.text.length ?? 0) <= 2 &&
    APOSTROPHES.has(tokens[k + 1]?.text ?? "") &&
    tokens[k + 1]?.start === tokens[k]?.end
  );
}

/** "Ming-hsin", "Hezb-e", "Wu'er": a short lower-case syllable at j glued to a name word before. */
function gluedSyllable(tokens: readonly Token[], j: number, owner: Map<number, Mention>): boolean {
  const t = tokens[j] as Token;
  const glue = tokens[j - 1];
  const word = tokens[j - 2];
  return (
    t.isWord &&
    !t.cap &&
    t.text.length <= 6 &&
    !isCommonWord(t) &&
    !!glue &&
    (glue.text === "-" || APOSTROPHES.has(glue.text)) &&
    glue.start === word?.end &&
    t.start === glue.end &&
    isNameWord(word) &&
    !owner.has(j - 2)
  );
}

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.isWord && t.cap && !/^\d/.test(t.text);
}

export function recogniseNames(
  text: string,
  textOffset: number,
  tokens: readonly Token[],
  known: readonly Mention[],
  lexicon: Lexicon,
): { names: Mention[]; replaced: Set<Mention> } {
  const owner = new Map<number, Mention>();
  for (const m of known) for (let k = m.ti; k < m.tj; k++) owner.set(k, m);
  const names: Mention[] = [];
  const replaced = new Set<Mention>();
  // Known persons end a run; other known names may sit inside a longer unknown name
  // ("Syrian Democratic Forces", "Tehran Times", "West Asia News Agency").
  const singleTitles = lexicon.singleTitles;
  const cueless: { s: number; j: number; head: Token }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isNameWord(tokens[i]) || owner.get(i)?.kind === "Person") continue;
    // "Armed Forces Minister X": a role of several capitalised words before a name names no body.
    const role = multiWordRoleEnd(tokens, i, lexicon);
    if (role > 0 && isNameWord(tokens[role])) {
      i = role - 1;
      continue;
    }
    const runStart = i;
    let j = i + 1;
    let last = i;
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (
        t.lower === "and" &&
        (andSeparates(tokens, i, j, lexicon) ||
          andKnown(owner, i, j) ||
          placeThenRole(tokens, owner, j, lexicon))
      )
        break;
      if (isNameWord(t) && owner.get(j)?.kind !== "Person") last = j;
      // "Kung Ming-hsin", "Hezb-e-Islami", "Wu'er Kaixi": a short lower-case syllable glued to
      // an unknown name word by a hyphen or an apostrophe.
      else if (gluedSyllable(tokens, j, owner)) last = j;
      else if (!(
        (t.isWord && lexicon.nameConnectors.has(t.text)) ||
        ((t.text === "-" || t.text === ".") && tokens[j + 1]?.start === t.end) ||
        // "N'Dre", "O'Brien": an apostrophe inside a name, between two of its letters.
        (APOSTROPHES.has(t.text) &&
          tokens[j - 1]?.end === t.start &&
          tokens[j + 1]?.start === t.end &&
          (!!tokens[j + 1]?.cap || gluedSyllable(tokens, j + 1, owner))) ||
        possessiveInBodyName(tokens, j, lexicon, owner)
      ))
        break;
      j++;
    }
    j = last + 1;
    // "Romeo Brawner Jr.": a generational suffix ends the name, its dot included.
    const suffix = j - 1 > i && SUFFIXES.has(tokens[j - 1]?.lower ?? "");
    if (suffix && tokens[j]?.text === "." && tokens[j]?.start === tokens[j - 1]?.end) j++;
    let s = i;
    i = j - 1;
    // Titles inside the run ("Leader of the Islamic Revolution Ayatollah Seyyed Ali X"): the
    // name starts after the last one.
    for (let k = j - 2; k >= s; k--) {
      if (
        singleTitles.has((tokens[k] as Token).lower) ||
        (tokens[k]?.text === "." && singleTitles.has(tokens[k - 1]?.lower ?? ""))
      ) {
        s = k + 1;
        break;
      }
    }
    while (
      s < j &&
      ((lexicon.notNames.has((tokens[s] as Token).lower) &&
        !COMPASS.has((tokens[s] as Token).lower)) ||
        !(tokens[s] as Token).isWord)
    )
      s++;
    const elided = (k: number): boolean => elidedPrefix(tokens, k);
    const run = tokens
      .slice(s, j)
      .filter(
        (t, k) =>
          t.isWord && !elided(s + k) && !(suffix && SUFFIXES.has(t.lower) && t !== tokens[s]),
      );
    if (run.length === 0) continue;
    const head = (suffix ? tokens[j - 1] : run[run.length - 1]) as Token;
    const inKnown = [...new Set(tokens.slice(s, j).flatMap((_, k) => owner.get(s + k) ?? []))];
    const firstPlain = run.filter((t) => !owner.has(tokens.indexOf(t)));
    if (firstPlain.length === 0) continue;
    // "Senator Elizabeth Warren of Massachusetts": a titled name, then "of" and a known place.
    const of = tokens.findIndex((t, k) => k > s + 1 && k < j && t.lower === "of");
    if (
      of > 0 &&
      titleBefore(tokens, s, lexicon) > 0 &&
      !owner.has(s) &&
      personNameWords(tokens.slice(s, of), lexicon) &&
      tokens[of + 1]?.cap
    ) {
      names.push(spanMention(text, textOffset, tokens, s, of, "Person"));
      if (!owner.has(of + 1) && worldPlaceRun(tokens, of + 1, j))
        names.push(spanMention(text, textOffset, tokens, of + 1, j, "Location"));
      continue;
    }
    // "headed by Pieter Feith of the Council of the European Union": a given name and a surname,
    // then "of the" and a body; the body is read as a name of its own.
    if (
      of === s + 2 &&
      tokens[of + 1]?.lower === "the" &&
      !owner.has(s) &&
      !owner.has(s + 1) &&
      isFirstName(tokens[s] as Token) &&
      personNameWords(tokens.slice(s, of), lexicon) &&
      inKnown.some((m) => m.ti > of)
    ) {
      names.push(spanMention(text, textOffset, tokens, s, of, "Person"));
      i = of;
      continue;
    }
    // "the African Union and the United Nations Security Council": "and" between a known name
    // and another name coordinates two bodies; it does not make a third.
    if (coordinatesKnown(tokens, s, j, owner)) continue;
    // "Fighters of the Wagner Group", "Members of the European Union": a plural common noun
    // opening the sentence names some of a known body, not a body of its own.
    if (
      s === 0 &&
      run.length >= 3 &&
      /[a-z]s$/.test(run[0]?.lower ?? "") &&
      !owner.has(s) &&
      tokens[s + 1]?.lower === "of" &&
      inKnown.length === 1 &&
      inKnown[0]?.tj === j
    )
      continue;
    // "Khost and Paktika provinces": two places of the world lists joined by "and".
    const pair = placePair(tokens, s, j);
    if (pair && inKnown.length === 0) {
      for (const [a, b] of pair)
        names.push(spanMention(text, textOffset, tokens, a, b, "Location"));
      continue;
    }
    // "Hindon air base", "Velana airport": a new name and a facility's lower-case head.
    const facility = facilityEnd(tokens, j, lexicon);
    if (facility > j && inKnown.length === 0 && run.length <= 3) {
      names.push(spanMention(text, textOffset, tokens, s, facility, "Location"));
      continue;
    }
    let kind: NameKind | null = null;
    const first = run[0] as Token;
    if (run.length >= 2 && lexicon.organisationHeads.has(head.lower) && !run.every((t) => t.upper))
      kind = "Organisation";
    // "Workers' Party of Korea", "Supreme Court of Kenya": a body's head word before "of" and a
    // known place; the place is part of the name.
    else if (run.length >= 3 && !run.every((t) => t.upper) && ofHead(tokens, s, j, lexicon, owner))
      kind = "Organisation";
    else if (run.length >= 2 && lexicon.locationHeads.has(head.lower) && !owner.has(j - 1))
      kind = "Location";
    // "Lake Prespa", "the Gulf of Finland", "Camp David": a place's opening word.
    else if (
      run.length >= 2 &&
      lexicon.locationOpeners.has(first.lower) &&
      (!owner.has(s) || tokens[s + 1]?.lower === "of")
    )
      kind = "Location";
    else if (run.length === 2 && COMPASS.has(first.lower) && owner.get(j - 1)?.kind === "Location")
      kind = "Location";
    else if (
      run.length <= 3 &&
      inKnown.length === 0 &&
      !run.some((t) => t.upper && t.text.length > 1) &&
      (placeCue(tokens, s, j) || subdivisionAfter(tokens, j, run))
    )
      kind = "Location";
    // "British Columbia": a known demonym or place inside a longer place's name.
    else if (
      (inKnown.length === 0 ||
        (run.length >= 2 && inKnown.every((m) => m.kind === "Country" || m.kind === "Location"))) &&
      run.length <= 4 &&
      worldPlaceRun(tokens, s, j) &&
      !personCue(tokens, s, j, run, lexicon)
    )
      kind = "Location";
    // "Musaed al-Aiban", "Faisal bin Farhan": a lower-case particle is part of the name, not a word.
    // "Wang Wentao, China's commerce minister": with a role or title beside it, a name may begin
    // with a word that is also an ordinary one.
    else if (
      (inKnown.length === 0 || firstWordPlaceOnly(inKnown, s)) &&
      (personNameWords(run, lexicon) ||
        (run.length === 2 &&
          !ARTICLES_OF_NAMES.has(first.lower) &&
          !lexicon.notNames.has(first.lower) &&
          personNameWords(run.slice(1), lexicon) &&
          personCue(tokens, s, j, run, lexicon)) ||
        // "Ambassador Nicholas Burns": a given name and, with a title or role beside it, a
        // surname that is also an ordinary word.
        (run.length === 2 &&
          GENDERED_NAME_TAGS.has(compromiseLexicon[first.lower] ?? "") &&
          (run[1]?.text.length ?? 0) > 2 &&
          !lexicon.notNames.has(run[1]?.lower ?? "") &&
          personNameWords([first], lexicon) &&
          personCue(tokens, s, j, run, lexicon)))
    ) {
      if (
        personCue(tokens, s, j, run, lexicon) ||
        (run.length >= 2 &&
          plainName(run) &&
          (isEnglishFirstName(first) || (inKnown.length === 0 && isFirstName(first)))) ||
        // "Kung Ming-hsin", "Lee Jae-myung": a family name and a hyphenated romanised given name.
        (run.length === 3 && inKnown.length === 0 && tokens[j - 2]?.text === "-" && !run[2]?.cap) ||
        // "Hardeep Singh Nijjar": Sikh names carry Singh or Kaur after the given name.
        (run.length >= 2 && inKnown.length === 0 && run.slice(1).some((t) => SIKH.has(t.lower)))
      )
        kind = "Person";
      else if (run.length >= 2) cueless.push({ s, j, head });
    }
    // "Chairman of the Cabinet of Ministers Adylbek Kasymaliev": a role phrase naming its body
    // runs into the name; the last two words, after a word that is no name, are the person.
    else if (run.length >= 3 && roleOpens(tokens, pastKnown(owner, runStart, j), lexicon)) {
      // The name is what follows the role's last body word: two words, or three after a role.
      const three = run.length >= 4 && lexicon.rolesByLast.has(run[run.length - 4]?.lower ?? "");
      const tail = run.slice(three && personNameWords(run.slice(-3), lexicon) ? -3 : -2);
      const before = run[run.length - tail.length - 1] as Token;
      const at = tokens.indexOf(tail[0] as Token);
      if (
        personShaped(tail, lexicon) &&
        !owner.has(at) &&
        !owner.has(at + 1) &&
        (!personShaped([before], lexicon) ||
          lexicon.portfolioWords.has(before.lower) ||
          lexicon.rolesByLast.has(before.lower) ||
          lexicon.organisationHeads.has(before.lower) ||
          owner.has(at - 1))
      ) {
        const start = (tail[0] as Token).start;
        const surface = text.slice(start - textOffset, head.end - textOffset);
        names.push(
          nerMention({ ti: at, tj: j, start, end: head.end, text: surface }, "", "Person"),
        );
        continue;
      }
    }
    if (!kind) continue;
    for (const m of inKnown) replaced.add(m);
    // "Nippon Steel and Mitsubishi Heavy Industries": two companies, not one.
    const and = kind === "Organisation" ? twoBodies(tokens, s, j, owner, lexicon) : -1;
    if (and > 0) {
      names.push(spanMention(text, textOffset, tokens, s, and, kind));
      names.push(spanMention(text, textOffset, tokens, and + 1, j, kind));
      continue;
    }
    const start = (tokens[s] as Token).start;
    const end = head.end;
    const surface = text.slice(start - textOffset, end - textOffset);
    names.push(nerMention({ ti: s, tj: j, start, end, text: surface }, "", kind));
  }
  // "deputy ministers X, Y and Z": a name listed with a person is a person too.
  for (let added = true; added;) {
    added = false;
    for (const c of [...cueless]) {
      const k =
        tokens[c.s - 1]?.lower === "and" && tokens[c.s - 2]?.text === "," ? c.s - 2 : c.s - 1;
      const sep = tokens[k];
      if (sep?.text !== "," && sep?.lower !== "and") continue;
      const left = [...known, ...names].find((m) => m.tj === k && m.kind === "Person");
      if (!left) continue;
      const start = (tokens[c.s] as Token).start;
      const surface = text.slice(start - textOffset, c.head.end - textOffset);
      names.push(
        nerMention({ ti: c.s, tj: c.j, start, end: c.head.end, text: surface }, "", "Person"),
      );
      cueless.splice(cueless.indexOf(c), 1);
      added = true;
    }
  }
  for (const m of placeList(text, textOffset, tokens, owner, names)) names.push(m);
  return { names, replaced };
}

const LIST_OPENERS = new Set(["in", "across", "throughout"]);

/** "cities" -> "city", "towns" -> "town"; other words unchanged. */
const singular = (w: string): string => w.replace(/ies$/, "y").replace(/(?<=[^s])s$/, "");

/**
 * "clashes in Puno, Ayacucho and Apurímac": a list after "in" of known places and at least two
 * unknown one-word names, closing its phrase: the unknown names are places too.
 */
function placeList(
  text: string,
  textOffset: number,
  tokens: readonly Token[],
  known: Map<number, Mention>,
  names: readonly Mention[],
): Mention[] {
  // Places this pass already found count as known ones; other new names end a list.
  const taken = new Set<number>();
  const placed = new Map(known);
  for (const m of names)
    for (let k = m.ti; k < m.tj; k++) {
      if (m.kind === "Location") placed.set(k, m);
      else taken.add(k);
    }
  const owner = placed;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "the towns of Shire, Axum and Adwa": a plural place noun names what the list holds.
    const named =
      tokens[i]?.lower === "of" && PLACE_NOUNS.has(singular(tokens[i - 1]?.lower ?? ""));
    if (!LIST_OPENERS.has(tokens[i]?.lower ?? "") && !named) continue;
    const items: [number, number][] = [];
    let k = i + 1;
    for (;;) {
      const start = k;
      while (k < tokens.length && k - start < 2 && isNameWord(tokens[k]) && !taken.has(k)) {
        const known = owner.get(k);
        if (known) {
          k = known.tj;
          break;
        }
        k++;
      }
      if (k === start) break;
      items.push([start, k]);
      const sep = tokens[k]?.text === "," ? (tokens[k + 1]?.lower === "and" ? 2 : 1) : 0;
      const and = sep === 0 && tokens[k]?.lower === "and" ? 1 : 0;
      if (sep + and === 0) break;
      k += sep + and;
    }
    const last = items[items.length - 1];
    // The list must end its phrase ("... and Apurímac." / "... and Apurímac, where"), not run on.
    if (items.length < 2 || !last || isNameWord(tokens[last[1]])) continue;
    const kinds = items.map(([a, b]) => owner.get(a) ?? (b - a <= 2 ? null : undefined));
    if (kinds.some((m) => m === undefined || (m && m.kind !== "Location" && m.kind !== "Country")))
      continue;
    // One-word unknown names only (two words are likelier a person: "in Moscow and Reza Tabrizi
    // in Dubai"), at least two of them, and nothing but punctuation after the list.
    const unknown = items.filter(([a]) => !owner.has(a));
    if (
      unknown.length < (named ? 1 : 2) ||
      unknown.some(([a, b]) => b - a > 1 || isCommonWord(tokens[a] as Token)) ||
      (tokens[last[1]]?.isWord && !named)
    )
      continue;
    for (const [a, b] of unknown) out.push(spanMention(text, textOffset, tokens, a, b, "Location"));
    i = last[1];
  }
  return out;
}

/**
 * "X Y and Minister of Z", "Malsha Shareef and Mahzoom Majid": an "and" at token k of a run
 * from i joins two names, not one, when a role or title follows it, or when two words that
 * could be a person's name stand on each side.
 */
function andSeparates(tokens: readonly Token[], i: number, k: number, lexicon: Lexicon): boolean {
  const name = (from: number, to: number): boolean => {
    const words = tokens.slice(from, to);
    return from >= i && words.every((t) => isNameWord(t)) && personNameWords(words, lexicon);
  };
  if (!name(k - 2, k)) return false;
  if (isNameWord(tokens[k + 1]) && roleAt(tokens, k + 1, lexicon)) return true;
  // "X and Armed Forces Minister Y": capitalised words that end in a role, then a name.
  if (isNameWord(tokens[k + 1]))
    for (let m = k + 2; m <= k + 4 && isNameWord(tokens[m]); m++)
      if (lexicon.rolesByLast.has((tokens[m] as Token).lower) && isNameWord(tokens[m + 1]))
        return true;
  return i === k - 2 && name(k + 1, k + 3) && !isNameWord(tokens[k + 3]);
}

/** Person-shaped words none of which names a body, a place, a portfolio or a role. */
function personNameWords(words: readonly Token[], lexicon: Lexicon): boolean {
  return (
    personShaped(words, lexicon) &&
    words.every(
      (t) =>
        !lexicon.portfolioWords.has(t.lower) &&
        !lexicon.organisationHeads.has(t.lower) &&
        !lexicon.locationHeads.has(t.lower) &&
        !lexicon.rolesByLast.has(t.lower) &&
        !COMPASS.has(t.lower),
    )
  );
}

/** Words that can make up a person's name: no common word, at most three capitalised. */
function personShaped(run: readonly Token[], lexicon: Lexicon): boolean {
  const first = run[0];
  return (
    run.length <= 4 &&
    run.filter((t) => t.cap).length <= 3 &&
    run.every(
      (t) =>
        (!t.cap && lexicon.nameConnectors.has(t.text) && t !== first) ||
        (!t.upper && !isCommonWord(t) && !lexicon.notNames.has(t.lower)),
    )
  );
}

/** The first token from i (before j) that no known name owns ("Indian [High Commissioner]"). */
function pastKnown(owner: Map<number, Mention>, i: number, j: number): number {
  let k = i;
  while (k < j && owner.has(k)) k++;
  return k;
}

const ROLE_LINKS = new Set(["of", "for", "the", "on"]);

/** End of a role of two or more capitalised words starting at k ("Armed Forces Minister"), or -1. */
function multiWordRoleEnd(tokens: readonly Token[], k: number, lexicon: Lexicon): number {
  for (const p of lexicon.rolesByFirst.get(tokens[k]?.lower ?? "") ?? [])
    if (p.length >= 2 && p.every((x, d) => tokens[k + d]?.lower === x && tokens[k + d]?.cap))
      return k + p.length;
  return -1;
}

/** A title or a whole role phrase starts at token k ("Minister", "Foreign Minister"). */
function roleAt(tokens: readonly Token[], k: number, lexicon: Lexicon): boolean {
  const w = tokens[k]?.lower ?? "";
  if (lexicon.singleTitles.has(w)) return true;
  return (lexicon.rolesByFirst.get(w) ?? []).some((p) =>
    p.every((x, d) => tokens[k + d]?.lower === x),
  );
}

/**
 * A role or title opens the capitalised run at token i ("Chairman of ...", "Minister of ..."),
 * or the run continues one ("Chairman of the Committee for [National Security X Y]").
 */
function roleOpens(tokens: readonly Token[], i: number, lexicon: Lexicon): boolean {
  if (roleAt(tokens, i, lexicon)) return true;
  if (!ROLE_LINKS.has(tokens[i - 1]?.lower ?? "")) return false;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    const t = tokens[k] as Token;
    if (!isNameWord(t) && !ROLE_LINKS.has(t.lower)) return false;
    if (isNameWord(t) && roleAt(tokens, k, lexicon)) return true;
  }
  return false;
}

/** A name found in the text rather than the knowledge base (lower confidence). */
export function nerMention(
  span: Pick<Mention, "ti" | "tj" | "start" | "end" | "text">,
  id: string,
  kind: Mention["kind"],
): Mention {
  return {
    ...span,
    name: span.text,
    id,
    kind,
    via: "ner",
    actsFor: null,
    origin: "text",
    confidence: 0.6,
    candidates: [],
    title: null,
  };
}

/** The end of a facility head right after token j-1 ("air base"), or j when none follows. */
function facilityEnd(tokens: readonly Token[], j: number, lexicon: Lexicon): number {
  for (const head of lexicon.facilityHeads)
    if (head.every((w, k) => tokens[j + k]?.text === w)) return j + head.length;
  return j;
}
