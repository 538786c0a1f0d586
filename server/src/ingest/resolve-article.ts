// Resolve: runs recognition over an article's sentences in order and turns every mention into
// one entity id, using what the article said before (full names before surnames, "Long Name
// (ACR)" before "ACR", Khamenei before "the Leader").
import type { Gazetteer } from "./build-gazetteer.ts";
import { givenName, kbPersonMention, rememberGivenName, type GivenName } from "./given-names.ts";
import type { KbIndex } from "./kb-index.ts";
import { roleCovers } from "./kb-index.ts";
import { phrasesEndingAt, phraseStartBefore, type Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import { recogniseMentions } from "./recognise-mentions.ts";
import { relateRoles } from "./relate-roles.ts";
import { nerMention, recogniseNames } from "./recognise-names.ts";
import { resolveReferences, type ArticleMemory } from "./resolve-references.ts";
import { foldText, slugify } from "./text-keys.ts";
import { isPossessive, tokenize, type Token } from "./tokenize.ts";
import type { Sentence } from "./types.ts";

export interface AnalysedSentence {
  sentence: Sentence;
  tokens: Token[];
  /** Resolved mentions, in text order, none overlapping. */
  mentions: Mention[];
}

export interface ResolveContext {
  gazetteer: Gazetteer;
  kb: KbIndex;
  lexicon: Lexicon;
}

interface TextName {
  id: string;
  kind: Mention["kind"];
}

/**
 * The one person the article named whose name has the word of a one-word place mention that
 * only resembles the place's names ("Aman" is not "Amman"): that person, or null.
 */
function lookalikeOf(
  m: Mention,
  tokens: readonly Token[],
  memory: ArticleMemory,
  kb: KbIndex,
  nameWords: ReadonlyMap<string, ReadonlySet<string>>,
): string | null {
  if (m.kind !== "Location" || m.origin !== "kb" || m.tj - m.ti !== 1) return null;
  const entry = kb.byId.get(m.id);
  if (!entry || [entry.name, ...entry.aliases].some((n) => foldText(n) === foldText(m.text)))
    return null;
  const named = namedWith(memory, nameWords, (tokens[m.ti] as Token).key);
  return named.length === 1 ? (named[0] as string) : null;
}

/** The persons the article named so far with a name word of this key. */
const namedWith = (
  memory: ArticleMemory,
  nameWords: ReadonlyMap<string, ReadonlySet<string>>,
  key: string,
): string[] => [...new Set(memory.persons)].filter((id) => nameWords.get(id)?.has(key));

function pickSurname(
  m: Mention,
  memory: ArticleMemory,
  kb: KbIndex,
  key: string,
  nameWords: ReadonlyMap<string, ReadonlySet<string>>,
  articleText: string,
): string {
  const ids = m.candidates.map((c) => c.id);
  for (let k = memory.persons.length - 1; k >= 0; k--)
    if (ids.includes(memory.persons[k] as string)) return memory.persons[k] as string;
  // "Hun" after "Hun Sen" and "Hun Manet": a word of the name of persons the article named is
  // one of them (no one, when two share it), not a person it never named.
  const named = namedWith(memory, nameWords, key);
  if (named.length > 0) return named.length === 1 ? (named[0] as string) : "";
  // "Puno" (a region of Peru) is not the Philippine judge of that name: a lone surname of a
  // person the article has not named is theirs when they held an office at the article's date,
  // when the article names them in full later (a headline's "Castillo"), or when a title stands
  // before it ("the late President Magufuli"). (A surname the person has as a plain alias never
  // gets here: the gazetteer matches it as that alias.)
  if (ids.length === 1) {
    const id = ids[0] as string;
    const entry = kb.byId.get(id);
    const date = memory.date;
    const active = !date || (kb.rolesOf.get(id) ?? []).some((r) => roleCovers(r, date));
    const later =
      !!entry &&
      [entry.name, ...entry.aliases].some((n) => n.includes(" ") && articleText.includes(n));
    return active || later || !!m.title ? id : "";
  }
  if (memory.date) {
    const date = memory.date;
    const active = ids.filter((id) => (kb.rolesOf.get(id) ?? []).some((r) => roleCovers(r, date)));
    if (active.length === 1) return active[0] as string;
  }
  return "";
}

/**
 * "Foreign Minister Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner": a capitalised word
 * (or a one-word name found for it) plus a known name that together repeat the two-word surname
 * of a person the text introduced are that person, not the organisation or place the last word
 * also names.
 */
function joinSurnames(
  mentions: Mention[],
  tokens: readonly Token[],
  sentence: Sentence,
  surnames: ReadonlyMap<string, TextName>,
): Mention[] {
  const joins = (m: Mention): boolean => {
    const prev = tokens[m.ti - 1];
    return (
      m.kind !== "Person" &&
      m.tj - m.ti === 1 &&
      !!prev?.isWord &&
      prev.cap &&
      surnames.has(`${prev.key} ${(tokens[m.ti] as Token).key}`)
    );
  };
  if (!mentions.some(joins)) return mentions;
  const drop = new Set<Mention>();
  const out = mentions.map((m) => {
    if (!joins(m)) return m;
    const prev = tokens[m.ti - 1] as Token;
    const over = mentions.find((o) => o !== m && o.tj > m.ti - 1 && o.ti <= m.ti - 1);
    if (over && (over.kind !== "Person" || over.ti !== m.ti - 1 || over.tj !== m.ti)) return m;
    const known = surnames.get(`${prev.key} ${(tokens[m.ti] as Token).key}`);
    if (known?.kind !== "Person") return m;
    if (over) drop.add(over);
    const text = sentence.text.slice(prev.start - sentence.start, m.end - sentence.start);
    return nerMention(
      { ti: m.ti - 1, tj: m.tj, start: prev.start, end: m.end, text },
      known.id,
      "Person",
    );
  });
  return drop.size ? out.filter((m) => !drop.has(m)) : out;
}

/** The role a person mention was given in front of the name ("Foreign Minister X"), or null. */
function titleOf(m: Mention, tokens: readonly Token[], lexicon: Lexicon): string | null {
  let best: string | null = m.title;
  for (const end of [m.ti, m.ti + 1]) {
    for (const p of phrasesEndingAt(lexicon.rolesByLast, tokens, end)) {
      if (phraseStartBefore(tokens, end, p) >= 0 && p.length > (best?.split(" ").length ?? 0))
        best = p.join(" ");
    }
  }
  return best;
}

const initials = (name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");

export function resolveArticle(
  sentences: readonly Sentence[],
  date: string | null,
  ctx: ResolveContext,
): AnalysedSentence[] {
  const articleText = sentences.map((x) => x.text).join("\n");
  const memory: ArticleMemory = {
    date,
    persons: [],
    previousSubject: null,
    countries: [],
    bodyCountry: null,
    groups: [],
    blocs: [],
    actorCountries: [],
    countryLists: [],
    previous: null,
    titled: [],
    textRoles: [],
  };
  const textNames = new Map<string, TextName>(); // token key (surname, acronym, full name) -> entity
  const surnames = new Map<string, TextName>(); // two-word surname of a person named -> person
  const givenNames = new Map<string, GivenName | null>(); // first word of a person named -> person
  const out: AnalysedSentence[] = [];
  for (const sentence of sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    let mentions = recogniseMentions(
      sentence.text,
      sentence.start,
      tokens,
      ctx.gazetteer,
      ctx.lexicon,
    );
    const { names, replaced } = recogniseNames(
      sentence.text,
      sentence.start,
      tokens,
      mentions,
      ctx.lexicon,
    );
    mentions = [...mentions.filter((m) => !replaced.has(m)), ...names];
    // "Foreign Minister Kayikwamba Wagner" after "Thérèse Kayikwamba Wagner": a capitalised
    // word plus a known name that together repeat the tail of a person the text introduced
    // are that person, not the organisation or place the last word also names.
    if (surnames.size > 0) mentions = joinSurnames(mentions, tokens, sentence, surnames);
    // Names the article introduced earlier: surnames of text persons, acronyms of text orgs.
    const taken = new Uint8Array(tokens.length);
    for (const m of mentions) taken.fill(1, m.ti, m.tj);
    for (let k = 0; k < tokens.length && (textNames.size > 0 || givenNames.size > 0); k++) {
      const t = tokens[k] as Token;
      if (!t.isWord || !t.cap || taken[k]) continue;
      const span = { ti: k, tj: k + 1, start: t.start, end: t.end, text: t.text };
      const known = textNames.get(t.key);
      if (known) {
        mentions.push(nerMention(span, known.id, known.kind));
        continue;
      }
      const given = givenName(tokens, k, givenNames);
      if (given)
        mentions.push(
          given.origin === "kb"
            ? kbPersonMention(span, given.id)
            : nerMention(span, given.id, "Person"),
        );
    }
    for (const m of mentions) {
      if (m.via === "surname") {
        // "Moon" after "Moon Jae-in" is he, not Ban Ki-moon whom the article never named.
        const key = (tokens[m.ti] as Token).key;
        const given = givenNames.get(key);
        const named = m.candidates.some((c) => memory.persons.includes(c.id));
        // "Mr. al-Kabir" after "Sadiq al-Kabir", a person the knowledge base does not know: the
        // surname is his, not a known person's the article never named.
        const introduced = named ? undefined : textNames.get(key);
        m.id =
          given && !named
            ? given.id
            : introduced?.kind === "Person"
              ? introduced.id
              : pickSurname(m, memory, ctx.kb, key, ctx.gazetteer.nameWords, articleText);
      }
      // "Aman" after "Anifah Aman" is he, not Amman, a place whose name it only resembles.
      const person = lookalikeOf(m, tokens, memory, ctx.kb, ctx.gazetteer.nameWords);
      if (person) Object.assign(m, kbPersonMention(m, person));
      if (m.via === "ner" && !m.id) {
        const existing = textNames.get(
          tokenize(m.name)
            .map((t) => t.key)
            .join(" "),
        );
        m.id =
          existing?.id ??
          (ctx.kb.byId.has(slugify(m.name))
            ? `${slugify(m.name)}-${m.kind.toLowerCase()}`
            : slugify(m.name));
      }
    }
    mentions = mentions.filter((m) => m.id !== "" && !isCompoundPlace(m, tokens));
    mentions.sort((a, b) => a.ti - b.ti);
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as Mention;
      if (m.via === "seat" && /\bministry\b/i.test(m.name)) memory.bodyCountry = m.id;
      // "Iraq's National Security Council": another country's body of a name the knowledge
      // base gives one country's.
      const prev = mentions[k - 1];
      if (
        m.via === "seat" &&
        m.body &&
        prev?.kind === "Country" &&
        prev.id !== m.id &&
        (prev.tj === m.ti || (prev.tj === m.ti - 1 && isPossessive(tokens[prev.tj])))
      ) {
        const { body: _body, ...rest } = m;
        mentions[k] = { ...rest, id: prev.id, confidence: 0.85 };
        continue;
      }
      if (m.origin !== "text" || m.kind !== "Organisation") continue;
      const own = ownedBody(m.name, ctx);
      if (own === null) continue;
      const country = own || bodyCountry(mentions, k, tokens, memory, ctx.kb);
      if (!country) continue;
      mentions[k] = {
        ...m,
        id: country,
        kind: "Country",
        via: "seat",
        origin: "kb",
        confidence: 0.9,
        actsFor: null,
      };
      memory.bodyCountry = country;
    }
    for (const m of mentions) rememberGivenName(m, givenNames, ctx);
    for (const m of mentions) {
      // Two-word surnames ("Kayikwamba Wagner" of "Thérèse Kayikwamba Wagner"), for joinSurnames.
      if (m.kind === "Person" && m.tj - m.ti >= 3) {
        const [x, y] = [tokens[m.tj - 2] as Token, tokens[m.tj - 1] as Token];
        if (x.isWord && y.isWord && m.name.split(" ").length >= 3)
          surnames.set(`${x.key} ${y.key}`, { id: m.id, kind: m.kind });
      }
      if (m.via !== "ner" || m.origin !== "text") continue;
      const words = tokenize(m.name).filter((t) => t.isWord);
      textNames.set(words.map((t) => t.key).join(" "), { id: m.id, kind: m.kind });
      const last = words[words.length - 1];
      if (m.kind === "Person" && words.length >= 2 && last)
        textNames.set(last.key, { id: m.id, kind: m.kind });
      if (m.kind === "Organisation") {
        const acr = initials(m.name);
        if (acr.length >= 2) textNames.set(acr.toLowerCase(), { id: m.id, kind: m.kind });
        const paren = tokens[m.tj];
        const inner = tokens[m.tj + 1];
        if (paren?.text === "(" && inner?.upper && tokens[m.tj + 2]?.text === ")")
          textNames.set(inner.key, { id: m.id, kind: m.kind });
      }
    }
    const refs = resolveReferences(
      sentence.text,
      sentence.start,
      tokens,
      mentions,
      memory,
      ctx.kb,
      ctx.lexicon,
    );
    mentions = [...mentions, ...refs].sort((a, b) => a.ti - b.ti);
    const persons = mentions.filter((m) => m.kind === "Person");
    for (const p of persons) memory.persons.push(p.id);
    for (const p of persons) {
      const title =
        p.via === "role" || p.via === "pronoun" ? null : titleOf(p, tokens, ctx.lexicon);
      if (title) memory.titled.push([p.id, title]);
    }
    for (const r of relateRoles({ sentence, tokens, mentions }, ctx.lexicon))
      if (!r.former && ctx.kb.byId.get(r.to)?.kind === "Country")
        memory.textRoles.push({ person: r.from, role: r.role, of: r.to });
    memory.previousSubject = persons[0]?.id ?? null;
    for (const m of mentions)
      if (m.kind === "Country" && m.via !== "demonym") memory.countries.push(m.id);
    for (const m of mentions)
      if (m.kind === "Organisation" && ctx.kb.byId.get(m.id)?.props?.type === "armed_group")
        memory.groups.push(m.id);
    for (const m of mentions)
      if (m.kind === "Organisation" && ctx.kb.byId.get(m.id)?.props?.type === "intergovernmental")
        memory.blocs.push(m.id);
    rememberCountries(mentions, tokens, memory);
    memory.previous = { tokens, mentions };
    out.push({ sentence, tokens, mentions });
  }
  return out;
}

const PLACE_BEFORE = new Set(["in", "at", "to", "from", "into", "near", "across", "inside"]);

/**
 * Countries named as actors (latest last) and lists of three or more countries named together
 * ("Saudi Arabia, the UAE, Bahrain and Egypt"), for "both countries" and "the four countries".
 */
function rememberCountries(
  mentions: readonly Mention[],
  tokens: readonly Token[],
  memory: ArticleMemory,
): void {
  let list: string[] = [];
  let end = -1;
  const close = (): void => {
    if (list.length >= 3) memory.countryLists.push(list);
    list = [];
  };
  for (const m of mentions) {
    const id = m.kind === "Country" ? m.id : m.kind === "Location" && m.actsFor ? m.actsFor : null;
    if (!id || m.group) continue;
    const place = PLACE_BEFORE.has(tokens[m.ti - 1]?.lower ?? "");
    if (!place) memory.actorCountries.push(id);
    const between = tokens
      .slice(end, m.ti)
      .every((t) => t.text === "," || t.lower === "and" || t.lower === "the");
    if (end < 0 || !between || m.via === "demonym") close();
    if (m.via !== "demonym" && !list.includes(id)) list.push(id);
    end = m.tj;
  }
  close();
}

const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}]+/gu, " ")
    .trim();

/**
 * Whether a name is a generic government body: the country it names itself ("Kazakh Foreign
 * Ministry" -> kazakhstan), "" when it names none ("Foreign Ministry"), null when it is no body.
 */
function ownedBody(name: string, ctx: ResolveContext): string | null {
  const key = nameKey(name);
  if (ctx.lexicon.governmentBodies.has(key)) return "";
  const words = tokenize(name).filter((t) => t.isWord);
  const hit = ctx.gazetteer.match(words, 0);
  const country = hit?.entries.find((e) => e.kind === "Country");
  if (!hit || !country) return null;
  const rest = words
    .slice(hit.end)
    .map((t) => t.lower)
    .join(" ");
  return ctx.lexicon.governmentBodies.has(rest) ? country.id : null;
}

/**
 * The country a generic body ("Foreign Ministry") speaks for: the one named just before it
 * ("Iran's", "Kazakh"), else the one whose body employs the official named right after it
 * ("Foreign Ministry spokesman Esmaeil Baghaei"), else the one such a body stood for earlier
 * in the article.
 */
function bodyCountry(
  mentions: readonly Mention[],
  k: number,
  tokens: readonly Token[],
  memory: ArticleMemory,
  kb: KbIndex,
): string | null {
  const m = mentions[k] as Mention;
  const before = mentions[k - 1];
  const poss = tokens[m.ti - 1]?.text === "'s" || tokens[m.ti - 1]?.text === "’s";
  if (before?.kind === "Country" && before.tj === (poss ? m.ti - 1 : m.ti)) return before.id;
  const after = mentions[k + 1];
  if (after?.kind === "Person" && after.ti - m.tj <= 3) {
    const roles = (kb.rolesOf.get(after.id) ?? []).filter((r) => kb.actsFor.has(r.of));
    const current = memory.date ? roles.filter((r) => roleCovers(r, memory.date as string)) : roles;
    const country = kb.actsFor.get((current[0] ?? roles[0])?.of ?? "");
    if (country) return country;
  }
  return memory.bodyCountry;
}

/** "Astana-format talks": a place glued to a lower-case word is a modifier, not a mention. */
function isCompoundPlace(m: Mention, tokens: readonly Token[]): boolean {
  const dash = tokens[m.tj];
  const next = tokens[m.tj + 1];
  return (
    m.kind === "Location" &&
    dash?.text === "-" &&
    dash.start === m.end &&
    !!next &&
    next.isWord &&
    !next.cap
  );
}
