// Recognise: finds mentions of knowledge-base actors in one sentence with the gazetteer
// (longest match), absorbs titles in front of persons, and marks lone surnames of KB persons
// for the resolver. Unknown names are left to recognise-names.ts.
import {
  PATRONYMIC,
  type Gazetteer,
  type GazetteerEntry,
  type GazetteerMatch,
} from "./build-gazetteer.ts";
import { phrasesEndingAt, type Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import { elidedPrefix, isCommonWord, isFirstName, SUFFIXES } from "./recognise-names.ts";
import type { Token } from "./tokenize.ts";

/** Connectors that join words of any name, not particles of a person's ("al", "bin", "van"). */
const PLAIN_CONNECTORS = new Set(["and", "of", "for", "the"]);

/** Lower-case particles inside a person's name ("Eduardo del Castillo", "Ursula von der Leyen"). */
const ARABIC_PARTICLES = new Set(["al", "el", ...PATRONYMIC]);
const NAME_PARTICLES = new Set([
  "bin",
  "ibn",
  "bint",
  "al",
  "el",
  "del",
  "de",
  "da",
  "di",
  "dos",
  "das",
  "van",
  "von",
  "der",
  "la",
  "le",
  "du",
]);

/** Words before a demonym that make it a people rather than a state. */
const ETHNIC = new Set(["ethnic", "ethnically"]);

const KIND_RANK: Record<GazetteerEntry["kind"], number> = {
  Country: 0,
  Organisation: 1,
  Location: 2,
  Person: 3,
};
const VIA_RANK: Record<GazetteerEntry["via"], number> = {
  name: 0,
  alias: 1,
  seat: 2,
  capital: 3,
  demonym: 4,
};

function bestEntry(entries: GazetteerEntry[]): GazetteerEntry {
  return [...entries].sort(
    (a, b) => VIA_RANK[a.via] - VIA_RANK[b.via] || KIND_RANK[a.kind] - KIND_RANK[b.kind],
  )[0] as GazetteerEntry;
}

/** Length in tokens of the titles ending just before token `i` (with their dots), or 0. */
export function titleBefore(tokens: readonly Token[], i: number, lexicon: Lexicon): number {
  let j = i;
  for (let moved = true; moved;) {
    moved = false;
    const k = tokens[j - 1]?.text === "." ? j - 1 : j;
    for (const phrase of phrasesEndingAt(lexicon.titlesByLast, tokens, k)) {
      const s = k - phrase.length;
      if (s < 0 || !phrase.every((w, d) => tokens[s + d]?.lower === w)) continue;
      j = s;
      moved = true;
      break;
    }
  }
  // A title counts only when written as one ("President Putin", not "the president Putin").
  while (j < i && !tokens[j]?.cap) j++;
  return i - j;
}

/**
 * "the West", "the West's", "the US and West": a capitalised common word after "the" (or
 * coordinated with a name just before) and not followed by another capitalised word ("the West
 * Bank") is the name the knowledge base knows it by.
 */
function definiteName(tokens: readonly Token[], i: number, before: Mention | undefined): boolean {
  const next = tokens[i + 1];
  const prev = tokens[i - 1]?.lower;
  const lead = prev === "the" || (prev === "and" && before?.tj === i - 1);
  return lead && !!tokens[i]?.cap && !(next?.isWord && next.cap) && next?.text !== "-";
}

/**
 * "Hardeep Singh Nijjar": one word that meets a place or body only by its spelling key
 * ("Nijjar" ~ "Niger"), glued after another capitalised word, is the end of a longer name.
 */
function spelledOtherwiseInName(
  tokens: readonly Token[],
  i: number,
  end: number,
  entries: readonly GazetteerEntry[],
): boolean {
  const prev = tokens[i - 1];
  if (end !== i + 1 || !prev?.isWord || !prev.cap || prev.upper) return false;
  const spelled = (tokens[i] as Token).lower;
  return entries.every((e) => e.kind !== "Person" && e.exact !== undefined && e.exact !== spelled);
}

/** "al-Kabir" from token k: an Arabic article, a hyphen and a capitalised word, all glued. */
function articleGlued(tokens: readonly Token[], k: number): boolean {
  const [article, hyphen, word] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  return (
    (article?.lower === "al" || article?.lower === "el") &&
    hyphen?.text === "-" &&
    hyphen.start === article.end &&
    !!word?.cap &&
    word.start === hyphen.end
  );
}

/** Tokens a person's name runs to after the given name, as far as withMiddleName looks. */
const MAX_NAME_TOKENS = 12;

/**
 * "Brice Clotaire Oligui Nguema" for the knowledge base's "Brice Oligui Nguema": a person's
 * name with one more capitalised word after the given name. The match, its end counted in
 * `tokens`, or null.
 */
function withMiddleName(
  tokens: readonly Token[],
  i: number,
  gazetteer: Gazetteer,
  lexicon: Lexicon,
): GazetteerMatch | null {
  const [given, middle, next] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!given?.cap || !given.isWord || !middle?.cap || !middle.isWord || middle.upper) return null;
  if (!next?.cap || !next.isWord || next.start !== middle.end + 1) return null;
  if (isCommonWord(middle) || lexicon.notNames.has(middle.lower) || !isFirstName(given))
    return null;
  const m = gazetteer.match([given, ...tokens.slice(i + 2, i + 2 + MAX_NAME_TOKENS)], 0);
  if (!m || m.end < 2 || !m.entries.every((e) => e.kind === "Person")) return null;
  return { end: i + m.end + 1, entries: m.entries };
}

/** The word at i after a capitalised elided prefix ("Leary" of "O'Leary"), glued to it. */
const afterElidedPrefix = (tokens: readonly Token[], i: number): boolean =>
  elidedPrefix(tokens, i - 2) && !!tokens[i - 2]?.cap && tokens[i - 1]?.end === tokens[i]?.start;

export function recogniseMentions(
  text: string,
  textOffset: number,
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  lexicon: Lexicon,
): Mention[] {
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    // "O'Leary", "N'Dre", "D'Alema": the word after an elided prefix is the rest of one name,
    // not a known surname ("Leary") of its own.
    if (afterElidedPrefix(tokens, i)) continue;
    const m = gazetteer.match(tokens, i) ?? withMiddleName(tokens, i, gazetteer, lexicon);
    let candidates: GazetteerEntry[] = [];
    let tj = i;
    if (
      m &&
      !(
        m.end === i + 1 &&
        !tok.upper &&
        lexicon.notNames.has(tok.lower) &&
        !definiteName(tokens, i, mentions[mentions.length - 1])
      ) &&
      !spelledOtherwiseInName(tokens, i, m.end, m.entries)
    ) {
      candidates = m.entries;
      tj = m.end;
    } else if (
      tok.cap &&
      tok.isWord &&
      !lexicon.notNames.has(tok.lower) &&
      gazetteer.surnames.has(tok.key) &&
      !tokens[i + 1]?.cap
    ) {
      // A lone surname: only the resolver can tell which person it is. An ordinary word
      // ("Long") is a surname only as the knowledge base spells it, never by its spelling key.
      if (isCommonWord(tok) && !gazetteer.exactSurnames.has(tok.lower)) continue;
      // "Khalid al-Rumaihi": a given name before a particle opens a longer name.
      const next = tokens[i + 1];
      if (
        next?.isWord &&
        lexicon.nameConnectors.has(next.text) &&
        !PLAIN_CONNECTORS.has(next.text) &&
        (isFirstName(tok) || articleGlued(tokens, i + 1))
      )
        continue;
      const prev = tokens[i - 1];
      if (prev?.cap && prev.isWord && !titleBefore(tokens, i, lexicon)) continue;
      candidates = (gazetteer.surnames.get(tok.key) ?? []).map((id) => ({
        id,
        kind: "Person" as const,
        via: "alias" as const,
        actsFor: null,
        caseSensitive: false,
      }));
      tj = i + 1;
    } else continue;
    const best = bestEntry(candidates);
    // "García-Peña" is one surname: a known person's name glued by a hyphen to a capitalised
    // word before it is part of another name.
    if (
      best.kind === "Person" &&
      tokens[i - 1]?.text === "-" &&
      tokens[i - 1]?.end === tok.start &&
      tokens[i - 2]?.cap &&
      tokens[i - 2]?.end === tokens[i - 1]?.start
    ) {
      i = tj - 1;
      continue;
    }
    // "Donald Trump Jr." is the son: a generational suffix after a known person's name that the
    // knowledge base's name does not carry names someone else.
    if (best.kind === "Person" && SUFFIXES.has(tokens[tj]?.lower ?? "")) {
      i = tj - 1;
      continue;
    }
    // "Daniel Suidani" is not al-Sudani: a one-word person alias after a capitalised word that
    // is none of that person's names (nor a title, nor part of a name before) is another person.
    // "Eduardo del Castillo", "Wang Wentao": a one-word person alias after a first name and a
    // name particle, or before a capitalised word that is no ordinary word, is part of another
    // person's name.
    // Arabic articles of names are often capitalised inside a name ("Fahd bin Mahmoud Al Said").
    // "Sadiq al-Kabir", "Mr. al-Kabir": an Arabic article glued by a hyphen counts likewise.
    const glued = tokens[i - 1]?.text === "-" && articleGlued(tokens, i - 2);
    const particleWord = tokens[glued ? i - 2 : i - 1]?.text ?? "";
    const opener = tokens[glued ? i - 3 : i - 2];
    const particle =
      (NAME_PARTICLES.has(particleWord) || ARABIC_PARTICLES.has(particleWord.toLowerCase())) &&
      !!opener?.cap &&
      opener.isWord;
    const next = tokens[tj];
    // "Fahd bin Mahmoud": a particle and a capitalised word after it continue another name.
    const followed =
      (!!next?.cap &&
        next.isWord &&
        !next.upper &&
        !isCommonWord(next) &&
        !lexicon.notNames.has(next.lower)) ||
      (NAME_PARTICLES.has(next?.text ?? "") && !!tokens[tj + 1]?.cap);
    if (best.kind === "Person" && tj === i + 1 && (particle || followed)) {
      i = tj - 1;
      continue;
    }
    const prev = tokens[i - 1];
    if (
      best.kind === "Person" &&
      tj === i + 1 &&
      prev?.cap &&
      prev.isWord &&
      !prev.upper &&
      !isCommonWord(prev) &&
      !lexicon.notNames.has(prev.lower) &&
      mentions[mentions.length - 1]?.tj !== i &&
      !titleBefore(tokens, i, lexicon) &&
      !candidates.some((c) => gazetteer.nameWords.get(c.id)?.has(prev.key))
    )
      continue;
    // "Harjeet Singh Nijjar" is not Hardeep Singh Nijjar: of two capitalised words before a
    // one-word alias, the nearer in the person's name and the farther not, name someone else.
    const prev2 = tokens[i - 2];
    if (
      best.kind === "Person" &&
      tj === i + 1 &&
      prev?.cap &&
      prev.isWord &&
      prev2?.cap &&
      prev2.isWord &&
      !prev2.upper &&
      !isCommonWord(prev2) &&
      !lexicon.notNames.has(prev2.lower) &&
      !titleBefore(tokens, i - 1, lexicon) &&
      candidates.some((c) => gazetteer.nameWords.get(c.id)?.has(prev.key)) &&
      !candidates.some((c) => gazetteer.nameWords.get(c.id)?.has(prev2.key))
    )
      continue;
    // "ethnic Albanian mayors", "ethnic Serbs": a people, not the state of that name.
    if (best.via === "demonym" && ETHNIC.has(tokens[i - 1]?.lower ?? "")) {
      i = tj - 1;
      continue;
    }
    const surname = !(m && candidates === m.entries);
    let ti = i;
    let title: string | null = null;
    if (best.kind === "Person" || surname) {
      const n = titleBefore(tokens, i, lexicon);
      if (n > 0) {
        ti = i - n;
        title = tokens
          .slice(ti, i)
          .filter((t) => t.isWord)
          .map((t) => t.lower)
          .join(" ");
      }
    }
    const start = (tokens[ti] as Token).start;
    const end = (tokens[tj - 1] as Token).end;
    mentions.push({
      ti,
      tj,
      start,
      end,
      text: text.slice(start - textOffset, end - textOffset),
      name: text.slice(tok.start - textOffset, end - textOffset),
      id: surname ? "" : best.id,
      kind: best.kind,
      via: surname ? "surname" : best.via,
      actsFor: best.via === "demonym" ? best.id : best.actsFor,
      ...(best.body && !surname ? { body: best.body } : {}),
      origin: "kb",
      confidence: surname ? 0.8 : 0.95,
      candidates,
      title,
    });
    i = tj - 1;
  }
  return mentions;
}
