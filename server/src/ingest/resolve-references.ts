// Resolve: mentions that name nobody by name. Role-only phrases ("the Iranian president",
// "Russia's leader", "the Leader") become the person holding that role at the article's date,
// or the holder already named in the article; "he"/"she" become the subject of the previous
// sentence; "the country" / "the former Soviet republic" become the last country named.
import type { KbIndex, RoleHolder } from "./kb-index.ts";
import { lastWord, roleCovers, soleCountryAt } from "./kb-index.ts";
import { phrasesStartingAt, type Lexicon } from "./load-lexicon.ts";
import type { Mention } from "./mention.ts";
import type { Token } from "./tokenize.ts";

export interface ArticleMemory {
  date: string | null;
  /** Person ids in order of mention (latest last). */
  persons: string[];
  /** The first person or pronoun-resolved person of the previous sentence. */
  previousSubject: string | null;
  /** Country ids in order of mention (latest last). */
  countries: string[];
  /** The country the last generic government body ("the Foreign Ministry") stood for. */
  bodyCountry: string | null;
  /** Armed groups named, by id (latest last): what "the group" refers to. */
  groups: string[];
  /** Intergovernmental bodies named (latest last): what "the bloc" refers to. */
  blocs: string[];
  /** Countries named as actors, not as places ("in Syria"), demonyms included (latest last). */
  actorCountries: string[];
  /** Lists of three or more countries named together ("Saudi Arabia, the UAE, Bahrain and Egypt"). */
  countryLists: string[][];
  /** The previous sentence, for the pair a "they" opening this one may stand for. */
  previous: { tokens: readonly Token[]; mentions: readonly Mention[] } | null;
  /** Persons with the title the text gave them ("Foreign Minister X"), latest last. */
  titled: [string, string][];
  /**
   * Offices the text gave persons, with their holder ("X, Chile's president"), latest last:
   * "the Chilean president" later in the article is that person, whatever the KB lists.
   */
  textRoles: { person: string; role: string; of: string }[];
}

const GROUP_NOUNS = new Set([
  "group",
  "militia",
  "militant group",
  "armed group",
  "movement",
  "militants",
  "rebels",
  "insurgents",
]);
const BLOC_NOUNS = new Set(["bloc", "alliance", "grouping"]);
/** Possessive pronouns that can give a role to a person set off beside it ("its leader, X"). */
const POSSESSIVE_OWNERS = new Set(["his", "her", "its", "their"]);
/** Roles a country fills many times over at once: no one holder is meant. */
const MANY_HOLDERS = new Set([
  "ambassador",
  "envoy",
  "special envoy",
  "representative",
  "diplomat",
  "top diplomat",
  "lawmaker",
  "senator",
  "governor",
  "mayor",
  "judge",
  "prosecutor",
  "official",
  "senior official",
]);
const NUMBERS = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
]);

const roleMatches = (
  kbRole: string,
  phrase: string,
  of: string | null,
  lexicon: Lexicon,
): boolean => {
  const r = kbRole.toLowerCase();
  if (r === phrase || r.endsWith(` ${phrase}`)) return true;
  // "the Russian leader": any role that heads the named country.
  return of !== null && phrase === "leader" && lexicon.roles.get(r) === "LEADS";
};

/** The knowledge base's roles a phrase names, per lexicon and index, by phrase and country. */
const roleMatchCache = new WeakMap<Lexicon, WeakMap<KbIndex, Map<string, RoleHolder[]>>>();
const MAX_CACHED_PHRASES = 20_000;

function matchingRoles(
  phrase: string,
  of: string | null,
  kb: KbIndex,
  lexicon: Lexicon,
): RoleHolder[] {
  let byKb = roleMatchCache.get(lexicon);
  if (!byKb) roleMatchCache.set(lexicon, (byKb = new WeakMap()));
  let cache = byKb.get(kb);
  if (!cache) byKb.set(kb, (cache = new Map()));
  const key = `${of ?? ""}|${phrase}`;
  let found = cache.get(key);
  if (found) return found;
  // A role matching the phrase ends with its last word, unless it leads the country named.
  const candidates =
    (of === null ? kb.rolesByLastWord.get(lastWord(phrase)) : kb.rolesIn.get(of)) ?? [];
  found = candidates.filter((r: RoleHolder) => roleMatches(r.role, phrase, of, lexicon));
  if (cache.size >= MAX_CACHED_PHRASES) cache.clear();
  cache.set(key, found);
  return found;
}

/** Who the role phrase names, or null when the text and the KB leave it ambiguous. */
export function resolveRoleHolder(
  phrase: string,
  of: string | null,
  memory: ArticleMemory,
  kb: KbIndex,
  lexicon: Lexicon,
): string | null {
  // The article's own word first: the office it gave someone for that country.
  if (of !== null)
    for (let k = memory.textRoles.length - 1; k >= 0; k--) {
      const r = memory.textRoles[k] as ArticleMemory["textRoles"][number];
      if (r.of === of && roleMatches(r.role, phrase, of, lexicon)) return r.person;
    }
  const holders = matchingRoles(phrase, of, kb, lexicon);
  const people = (list: RoleHolder[]): string[] => [...new Set(list.map((r) => r.person))];
  const mentioned = (ids: string[]): string[] => {
    for (let k = memory.persons.length - 1; k >= 0; k--) {
      const p = memory.persons[k] as string;
      if (ids.includes(p)) return [p];
    }
    return [];
  };
  if (memory.date) {
    const atDate = people(holders.filter((r) => roleCovers(r, memory.date as string)));
    if (atDate.length === 1) return atDate[0] as string;
    return mentioned(atDate)[0] ?? null;
  }
  return mentioned(people(holders))[0] ?? null;
}

/**
 * "the foreign minister", "the minister" after "Foreign Minister X" when the knowledge base has
 * no holder: the latest person the text gave a title ending in that role.
 */
function titledHolder(phrase: string, memory: ArticleMemory): string | null {
  const titled = memory.titled;
  for (let k = titled.length - 1; k >= 0; k--) {
    const [id, title] = titled[k] as [string, string];
    if (title === phrase || title.endsWith(` ${phrase}`)) return id;
  }
  return null;
}

/**
 * "X, Chile's president,", "X, the Chilean president": a role phrase at token i that opens an
 * apposition to the person just before it, after its possessor, demonym or article.
 */
function describesPersonBefore(
  tokens: readonly Token[],
  atTok: readonly (Mention | undefined)[],
  i: number,
): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - 6) {
    const t = tokens[k] as Token;
    const m = atTok[k];
    if (m && m.kind !== "Person") k = m.ti - 1;
    else if (["'s", "’s", "the", "a", "an", "former", "then"].includes(t.lower)) k--;
    else break;
  }
  return tokens[k]?.text === "," && atTok[k - 1]?.kind === "Person";
}

/**
 * "his deputy, X", "his foreign minister X", "X, her spokesman,": the role after the possessive
 * pronoun at token i, when a person is set off beside it. Gives the role's length and the token
 * the pronoun's owner must be named by (before the apposed person), or null.
 */
function apposedRoleAt(
  tokens: readonly Token[],
  atTok: readonly (Mention | undefined)[],
  i: number,
  lexicon: Lexicon,
): { length: number; before: number } | null {
  const role = roleAt(tokens, i + 1, lexicon);
  if (!role) return null;
  const end = i + 1 + role[1];
  const next = tokens[end]?.text === "," ? atTok[end + 1] : atTok[end];
  if (next?.kind === "Person" && next.via !== "pronoun") return { length: role[1], before: i };
  const prev = atTok[i - 2];
  if (tokens[i - 1]?.text === "," && prev?.kind === "Person" && prev.via !== "pronoun")
    return { length: role[1], before: prev.ti };
  return null;
}

/**
 * Who holds the office a possessive pronoun at token i gives, named by token `before`:
 * - "its", "their": the body or country the sentence named last, else the one the sentence
 *   before opened with ("Taiwan has 13 allies, among them Paraguay. Its president, X");
 * - "his", "her": the country served by the person named nearest before the role, or by the
 *   sentence's subject when the role describes a person named before it ("X, his deputy,").
 */
function pronounOwner(
  pronoun: string,
  before: number,
  i: number,
  mentions: readonly Mention[],
  added: readonly Mention[],
  memory: ArticleMemory,
  kb: KbIndex,
): [string, Mention["kind"]] | null {
  if (pronoun === "its" || pronoun === "their") {
    const bodies = (list: readonly Mention[], end: number): Mention[] =>
      list
        .filter(
          (m) =>
            (m.kind === "Organisation" || m.kind === "Country") &&
            m.via !== "demonym" &&
            m.tj <= end,
        )
        .sort((x, y) => x.ti - y.ti);
    const body =
      bodies(mentions, before).pop() ??
      bodies(memory.previous?.mentions ?? [], Number.MAX_SAFE_INTEGER)[0];
    return body ? [body.id, body.kind] : null;
  }
  const persons = [...mentions, ...added]
    .filter((m) => m.kind === "Person" && m.tj <= before && m.id)
    .sort((x, y) => x.ti - y.ti);
  const person = before === i ? persons.pop() : persons[0];
  const id = person ? person.id : memory.previousSubject;
  const country = id ? countryServed(id, memory, kb) : null;
  return country ? [country, "Country"] : null;
}

/**
 * The country a person serves: the one the article last gave them an office in, else the only
 * country they hold an office in at the article's date.
 */
function countryServed(person: string, memory: ArticleMemory, kb: KbIndex): string | null {
  for (let k = memory.textRoles.length - 1; k >= 0; k--) {
    const r = memory.textRoles[k] as ArticleMemory["textRoles"][number];
    if (r.person === person) return r.of;
  }
  return memory.date ? soleCountryAt(person, memory.date, kb) : null;
}

/** Role phrase starting at token i, as [phrase, length] (longest first). */
export function roleAt(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
): [string, number] | null {
  for (const phrase of phrasesStartingAt(lexicon.rolesByFirst, tokens, i)) {
    if (phrase.every((w, k) => tokens[i + k]?.lower === w))
      return [phrase.join(" "), phrase.length];
  }
  return null;
}

function makeMention(
  tokens: readonly Token[],
  ti: number,
  tj: number,
  text: string,
  textOffset: number,
  id: string,
  kind: Mention["kind"],
  via: Mention["via"],
): Mention {
  const start = (tokens[ti] as Token).start;
  const end = (tokens[tj - 1] as Token).end;
  const surface = text.slice(start - textOffset, end - textOffset);
  return {
    ti,
    tj,
    start,
    end,
    text: surface,
    name: surface,
    id,
    kind,
    via,
    actsFor: null,
    origin: "kb",
    confidence: 0.7,
    candidates: [],
    title: null,
  };
}

/** "During his meeting with X, Putin said": the opening phrase's "his" is the main subject. */
function personAfterIntro(
  tokens: readonly Token[],
  i: number,
  mentions: readonly Mention[],
): boolean {
  const comma = tokens.findIndex((t, k) => k > i && t.text === ",");
  if (comma < 0) return false;
  const main = tokens.slice(comma + 1, comma + 4);
  return (
    main.some((t) => t.lower === "he" || t.lower === "she") ||
    mentions.some((m) => m.kind === "Person" && m.ti > comma && m.ti <= comma + 3)
  );
}

const SUBORDINATORS = new Set(["since", "after", "when", "because", "until", "once"]);
/** Words after which a name opens a clause as its subject ("during which Xi held talks"). */
const CLAUSE_OPENERS = new Set([
  "which",
  "whom",
  "where",
  "when",
  "while",
  "as",
  "after",
  "before",
]);
const LOCATIVE_BEFORE = new Set(["in", "at", "to", "from", "into", "near"]);
const PAIR_PERSONS = new Set([
  "leaders",
  "presidents",
  "men",
  "women",
  "ministers",
  "heads",
  "premiers",
]);
const PAIR_COUNTRIES = new Set([
  "countries",
  "nations",
  "states",
  "governments",
  "neighbours",
  "neighbors",
  "capitals",
]);

const QUOTE_CLOSE = /^[”"’]$/;
const QUOTE_OPEN = /^[“"‘]$/;

/**
 * "X, who was accompanied by Y, arrived ..., where he met Z": a person inside a relative clause
 * that closed before the pronoun is a side remark, not who "he" is.
 */
function inClosedRelative(tokens: readonly Token[], m: Mention, pronoun: number): boolean {
  let k = m.ti - 1;
  while (
    k > 0 &&
    tokens[k]?.text !== "," &&
    !["who", "whom", "whose"].includes(tokens[k]?.lower ?? "")
  )
    k--;
  if (!["who", "whom", "whose"].includes(tokens[k]?.lower ?? "") || tokens[k - 1]?.text !== ",")
    return false;
  for (let j = m.tj; j < pronoun; j++) if (tokens[j]?.text === ",") return true;
  return false;
}

const SAYING = new Set(["said", "says", "told", "added", "stated", "declared", "wrote"]);
/** Offices whose holder's "we" is the country: heads, ministers, spokespeople, envoys. */
const SPEAKS_FOR_COUNTRY =
  /^(president|chancellor|king|queen|emir|spokesperson|.*minister|.*secretary|ambassador.*|.*envoy)$/i;

/**
 * The speaker of the quotation around token i, when the sentence closes it and names the
 * speaker right after with a verb of saying: the person, and what the speaker's "we" is (the
 * country the speaker's office is of, named beside the speaker or in the knowledge base).
 */
function quoteSpeaker(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  i: number,
  memory: ArticleMemory,
  kb: KbIndex,
): { person: Mention; we: [string, Mention["kind"]] } | null {
  let open = -1;
  for (let k = i - 1; k >= 0; k--) {
    if (QUOTE_CLOSE.test(tokens[k]?.text ?? "") && !QUOTE_OPEN.test(tokens[k]?.text ?? ""))
      return null;
    if (QUOTE_OPEN.test(tokens[k]?.text ?? "")) {
      open = k;
      break;
    }
  }
  if (open < 0) return null;
  let close = -1;
  for (let k = i + 1; k < tokens.length; k++)
    if (QUOTE_CLOSE.test(tokens[k]?.text ?? "")) {
      close = k;
      break;
    }
  if (close < 0) return null;
  const after = mentions.filter((m) => m.ti > close && m.ti <= close + 12);
  const person = after.find((m) => m.kind === "Person" && m.via !== "pronoun" && m.id);
  if (!person) return null;
  const said = tokens.slice(close + 1, person.tj + 6).some((x) => SAYING.has(x.lower));
  if (!said) return null;
  const named = after.find((m) => m.kind === "Country" && m.tj <= person.ti && m.id);
  if (named) return { person, we: [named.id, "Country"] };
  const date = memory.date;
  const office = (kb.rolesOf.get(person.id) ?? []).find(
    (r) =>
      (!date || roleCovers(r, date)) &&
      SPEAKS_FOR_COUNTRY.test(r.role) &&
      kb.byId.get(r.of)?.kind === "Country",
  );
  return { person, we: office ? [office.of, "Country"] : [person.id, "Person"] };
}

/** Adds role-only, pronoun and country-anaphora mentions to a sentence's mentions. */
export function resolveReferences(
  text: string,
  textOffset: number,
  tokens: readonly Token[],
  mentions: Mention[],
  memory: ArticleMemory,
  kb: KbIndex,
  lexicon: Lexicon,
): Mention[] {
  const atTok: (Mention | undefined)[] = new Array(tokens.length);
  for (const m of mentions) for (let k = m.ti; k < m.tj; k++) atTok[k] ??= m;
  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (atTok[i]) continue;
    const t = tokens[i] as Token;
    if ((t.lower === "he" || t.lower === "she") && t.isWord) {
      // "“Netanyahu continues ...,” he said": the speaker is not a person the quote is about.
      const afterQuote =
        QUOTE_CLOSE.test(tokens[i - 1]?.text ?? "") ||
        (tokens[i - 1]?.text === "," && QUOTE_CLOSE.test(tokens[i - 2]?.text ?? ""));
      const open = afterQuote
        ? tokens.findIndex((q, k) => k < i - 1 && QUOTE_OPEN.test(q.text))
        : -1;
      const before = [...mentions, ...added].filter(
        (m) =>
          m.kind === "Person" &&
          m.ti < i &&
          m.id &&
          !(open >= 0 && m.ti > open) &&
          !inClosedRelative(tokens, m, i),
      );
      const id =
        before.length > 0 ? (before[before.length - 1] as Mention).id : memory.previousSubject;
      if (id)
        added.push({
          ...makeMention(tokens, i, i + 1, text, textOffset, id, "Person", "pronoun"),
          confidence: 0.6,
        });
      continue;
    }
    // "“We have worked closely with France,” Australia's foreign minister, X, said": a first
    // person inside a quote is its speaker; "we" of a speaker in office is the country.
    if ((t.text === "I" || t.lower === "we") && t.isWord) {
      const speaker = quoteSpeaker(tokens, mentions, i, memory, kb);
      if (speaker) {
        const [id, kind] = t.lower === "we" ? speaker.we : [speaker.person.id, "Person" as const];
        added.push({
          ...makeMention(tokens, i, i + 1, text, textOffset, id, kind, "pronoun"),
          confidence: 0.55,
        });
      }
      continue;
    }
    // "X and Y met in Ankara, and they signed ...", "The two leaders met. They agreed ...": a
    // subject "they" is the pair named together last in the sentence, else in the one before.
    if (t.lower === "they" && tokens[i + 1]?.isWord) {
      const ids = latestPair(tokens, [...mentions, ...added], i) ?? previousPair(memory);
      if (ids) {
        const kind = kindOfPair(ids, [...mentions, ...added], kb);
        added.push({
          ...makeMention(tokens, i, i + 1, text, textOffset, ids[0] as string, kind, "pronoun"),
          group: ids,
          confidence: 0.55,
        });
      }
      continue;
    }
    // "The EU has sanctioned Russia since it invaded Ukraine": "it" opening a subordinate clause
    // is the country or body named last before it in the sentence.
    if (t.lower === "it" && SUBORDINATORS.has(tokens[i - 1]?.lower ?? "")) {
      const before = [...mentions, ...added]
        .filter(
          (m) =>
            (m.kind === "Country" || m.kind === "Organisation") &&
            m.via !== "demonym" &&
            m.tj <= i - 1 &&
            !LOCATIVE_BEFORE.has(tokens[m.ti - 1]?.lower ?? ""),
        )
        .sort((x, y) => x.ti - y.ti);
      const last = before[before.length - 1];
      if (last)
        added.push({
          ...makeMention(tokens, i, i + 1, text, textOffset, last.id, last.kind, "pronoun"),
          confidence: 0.6,
        });
      continue;
    }
    // "Blinken phoned Aliyev and urged him to ...": an object pronoun is the latest person
    // named before it other than the sentence's subject.
    if ((t.lower === "him" || (t.lower === "her" && !tokens[i + 1]?.isWord)) && t.isWord) {
      const before = [...mentions, ...added]
        .filter((m) => m.kind === "Person" && m.ti < i && m.id)
        .sort((x, y) => x.ti - y.ti);
      // "Raisi visited China, during which Xi held talks with him": the person who opens the
      // pronoun's own clause is its subject and never what "him" stands for; with no such
      // clause opener, the sentence's first person is the subject.
      const local = before[before.length - 1];
      const opensClause =
        !!local && (local.ti === 0 || CLAUSE_OPENERS.has(tokens[local.ti - 1]?.lower ?? ""));
      // "The US Justice Department charged X, accusing him": a country or body named before
      // every person is the subject, so the first person is not.
      const actorFirst = mentions.some(
        (m) => (m.kind === "Country" || m.kind === "Organisation") && m.ti < (before[0]?.ti ?? 0),
      );
      const subject =
        opensClause && local !== before[0] ? local.id : actorFirst ? undefined : before[0]?.id;
      const other = before.filter((m) => m.id !== subject);
      // "Egypt has backed Burhan. Sisi received him in Cairo": with nobody else named in the
      // sentence, the previous sentence's subject, when that is not this sentence's subject.
      const previous =
        memory.previousSubject && memory.previousSubject !== subject
          ? memory.previousSubject
          : null;
      // "Assad fled to Moscow, where the Kremlin granted him asylum": when the pronoun sits in a
      // later clause that no person opens, the sentence's subject is who "him" stands for.
      const first = before[0];
      const ownClause =
        first &&
        other.length === 0 &&
        tokens
          .slice(first.tj, i)
          .some((x, d) => CLAUSE_OPENERS.has(x.lower) && tokens[first.tj + d - 1]?.text === ",") &&
        !before.some((m) => m !== first && m.ti > first.tj);
      const id =
        other.length > 0
          ? (other[other.length - 1] as Mention).id
          : ownClause
            ? first.id
            : previous;
      if (id)
        added.push({
          ...makeMention(tokens, i, i + 1, text, textOffset, id, "Person", "pronoun"),
          confidence: 0.6,
        });
      continue;
    }
    // "Taylor handed power to his deputy, X", "The party backed it, and its leader, X,": an office
    // a possessive pronoun gives a person set off beside it is the pronoun owner's.
    const apposed = POSSESSIVE_OWNERS.has(t.lower)
      ? apposedRoleAt(tokens, atTok, i, lexicon)
      : null;
    const owner = apposed
      ? pronounOwner(t.lower, apposed.before, i, mentions, added, memory, kb)
      : null;
    if (apposed && owner) {
      const m = makeMention(tokens, i, i + 1, text, textOffset, owner[0], owner[1], "pronoun");
      added.push({ ...m, confidence: 0.6 });
      atTok[i] = m;
      i += apposed.length;
      continue;
    }
    // "In his meeting with X on Monday, ...": a possessive opening the sentence, with nobody
    // named before it, is the previous sentence's subject.
    if (
      (t.lower === "his" || t.lower === "her") &&
      i <= 2 &&
      memory.previousSubject &&
      !mentions.some((m) => m.kind === "Person" && m.ti < i) &&
      !personAfterIntro(tokens, i, mentions)
    ) {
      added.push({
        ...makeMention(
          tokens,
          i,
          i + 1,
          text,
          textOffset,
          memory.previousSubject,
          "Person",
          "pronoun",
        ),
        confidence: 0.6,
      });
      continue;
    }
    const role = roleAt(tokens, i, lexicon);
    if (role) {
      const [phrase, n] = role;
      // A country has many ambassadors, envoys and lawmakers at once: "Ukraine's ambassador"
      // in Dakar is not the one the knowledge base lists in London.
      if (MANY_HOLDERS.has(phrase)) {
        i += n - 1;
        continue;
      }
      const after = tokens[i + n];
      const next = atTok[i + n] ?? (after?.text === "," ? atTok[i + n + 1] : undefined);
      if (next?.kind === "Person") continue; // an apposition, handled by relate-roles
      if (describesPersonBefore(tokens, atTok, i)) {
        i += n - 1;
        continue; // "X, Chile's president, ...": the phrase is X, not someone else
      }
      if (after?.isWord && after.cap && !atTok[i + n]) continue; // "President X" with X unknown
      const prev = tokens[i - 1];
      // "in his capacity as Chair of ASEAN", "sworn in as President": a role given, nobody named.
      if (prev?.lower === "as") {
        i += n - 1;
        continue;
      }
      // "the Chair of the Association of Southeast Asian Nations": the known body's own holder
      // of the role, or nobody (not whoever chairs something else).
      const ofBody =
        after?.lower === "of"
          ? atTok[i + n + (tokens[i + n + 1]?.lower === "the" ? 2 : 1)]
          : undefined;
      const body = ofBody?.kind === "Organisation" && ofBody.origin === "kb" ? ofBody.id : null;
      const owner = prev ? atTok[i - 1] : undefined;
      const possessor = prev?.text === "'s" || prev?.text === "’s" ? atTok[i - 2] : undefined;
      const country =
        owner?.via === "demonym" || owner?.kind === "Country"
          ? owner.id
          : possessor?.kind === "Country"
            ? possessor.id
            : null;
      const definite = prev?.lower === "the" || (t.cap && prev?.lower !== "a");
      if (!body && !country && !definite) continue;
      // "the minister" alone is too vague for the knowledge base; only a person this article
      // gave that title ("Kenyan Foreign Minister X ... the minister") can be meant.
      const vague = !country && !t.cap && n === 1;
      const id = body
        ? resolveRoleHolder(phrase, body, memory, kb, lexicon)
        : vague
          ? titledHolder(phrase, memory)
          : (resolveRoleHolder(phrase, country, memory, kb, lexicon) ??
            (country ? null : titledHolder(phrase, memory)));
      if (id)
        added.push({
          ...makeMention(tokens, i, i + n, text, textOffset, id, "Person", "role"),
          title: phrase,
        });
      i += n - 1;
      continue;
    }
    // "..., and the three agreed to": a bare number is the actors the sentence just named.
    const bare = t.lower === "the" ? bareNumberAt(tokens, i) : 0;
    if (bare) {
      const ids = bareMembers(bare, tokens, i, [...mentions, ...added], memory);
      if (ids) {
        added.push({
          ...makeMention(
            tokens,
            i,
            i + 2,
            text,
            textOffset,
            ids[0] as string,
            "Person",
            "anaphora",
          ),
          kind: kindOfPair(ids, [...mentions, ...added], kb),
          group: ids,
          confidence: 0.55,
        });
        i += 1;
        continue;
      }
    }
    // "the two presidents", "both countries", "the four boycotting countries", "both sides".
    const collective = collectiveAt(tokens, i, atTok);
    if (collective) {
      const [size, noun, n] = collective;
      const ids = collectiveMembers(size, noun, tokens, i, [...mentions, ...added], memory);
      if (ids) {
        const kind = PAIR_PERSONS.has(noun) ? "Person" : "Country";
        added.push({
          ...makeMention(tokens, i, i + n, text, textOffset, ids[0] as string, kind, "anaphora"),
          group: ids,
          confidence: 0.6,
        });
        i += n - 1;
        continue;
      }
    }
    if (t.lower === "the") {
      // "the (Iran-backed) group": the armed group the article has named most so far (the one
      // it is about), the latest of those on a tie.
      const group = groupAnaphora(tokens, i, atTok, GROUP_NOUNS);
      const groupId = group > 0 ? salient(memory.groups) : undefined;
      // "the bloc", "the regional bloc", "the alliance": the intergovernmental body named last.
      const bloc = groupId ? -1 : groupAnaphora(tokens, i, atTok, BLOC_NOUNS);
      // The one named earlier in the same sentence first ("left ECOWAS, accusing the bloc").
      const sameSentence = mentions
        .filter(
          (m) =>
            m.ti < i &&
            m.kind === "Organisation" &&
            kb.byId.get(m.id)?.props["type"] === "intergovernmental",
        )
        .pop()?.id;
      const blocId = bloc > 0 ? (sameSentence ?? memory.blocs[memory.blocs.length - 1]) : undefined;
      if (blocId) {
        added.push({
          ...makeMention(
            tokens,
            bloc - 1,
            bloc,
            text,
            textOffset,
            blocId,
            "Organisation",
            "anaphora",
          ),
          confidence: 0.6,
        });
        i = bloc - 1;
        continue;
      }
      if (groupId) {
        added.push({
          ...makeMention(
            tokens,
            group - 1,
            group,
            text,
            textOffset,
            groupId,
            "Organisation",
            "anaphora",
          ),
          confidence: 0.6,
        });
        i = group - 1;
        continue;
      }
      // "the (former Soviet) republic", "the small, gas-rich emirate": up to three modifiers
      // (a comma between two of them), then an anaphora noun ("accusing the emirate of
      // supporting" too, but not "the state of emergency").
      for (let k = i + 1, words = 0; k <= i + 7 && k < tokens.length; k++) {
        const w = tokens[k] as Token;
        if ((w.text === "," || w.text === "-") && k > i + 1 && tokens[k + 1]?.isWord) continue;
        if (!w.isWord || atTok[k] || ++words > 4) break;
        // "the heads of state", "secretary of state": no country.
        if (tokens[k - 1]?.lower === "of") continue;
        if (lexicon.countryAnaphora.has(w.lower) && !w.cap && !ofNoun(tokens, k)) {
          const named = mentions.filter(
            (m) => m.ti < i && m.kind === "Country" && m.via !== "demonym",
          );
          // The nearest named country is usually the clause's own subject ("Russia invaded
          // the former Soviet republic"), so the reference goes to the one before it; after a
          // participle ("Saudi Arabia cut ties with Qatar, accusing the emirate") the subject is
          // the one opening the sentence.
          const participle = tokens[i - 2]?.text === "," && /ing$/.test(tokens[i - 1]?.lower ?? "");
          const opening = participle ? named.find((m) => m.ti <= 4) : undefined;
          const subject = (opening ?? named[named.length - 1])?.id;
          const recent = [...memory.countries, ...named.map((m) => m.id)].reverse();
          const id = recent.find((c) => c !== subject);
          if (id)
            added.push(makeMention(tokens, i, k + 1, text, textOffset, id, "Country", "anaphora"));
          i = k;
          break;
        }
      }
    }
  }
  return added;
}

/**
 * "the group", "the Iran-backed group", "the militia": the index after the noun when the
 * tokens from `i` ("the") make such a reference, else -1. Not "the group of", "the Group".
 */
function groupAnaphora(
  tokens: readonly Token[],
  i: number,
  atTok: readonly (Mention | undefined)[],
  nouns: ReadonlySet<string>,
): number {
  let k = i + 1;
  // One compound modifier ("Iran-backed", "Hamas-allied") may name an actor.
  const m = atTok[k];
  if (m && tokens[m.tj]?.text === "-" && tokens[m.tj + 1]?.isWord && !tokens[m.tj + 1]?.cap)
    k = m.tj + 2;
  else if (tokens[k + 1]?.text === "-" && tokens[k]?.isWord && !tokens[k]?.cap && !atTok[k]) k += 3;
  const w = tokens[k];
  // "the regional bloc", "the 15-member bloc", "the Western alliance": one plain modifier.
  if (
    nouns === BLOC_NOUNS &&
    w?.isWord &&
    !atTok[k] &&
    !nouns.has(w.lower) &&
    nouns.has(tokens[k + 1]?.lower ?? "")
  )
    return blocEnd(tokens, k + 1);
  if (!w || !w.isWord || w.cap || atTok[k] || !nouns.has(w.lower) || ofNoun(tokens, k)) return -1;
  if (nouns === BLOC_NOUNS) return blocEnd(tokens, k);
  return k + 1;
}

/** "the group of states" names a new group; "accusing the bloc of serving" does not. */
const ofNoun = (tokens: readonly Token[], k: number): boolean =>
  tokens[k + 1]?.lower === "of" && !/ing$/.test(tokens[k + 2]?.lower ?? "");

/** "the alliance between X and Y", "the bloc with X": a new group the phrase itself defines. */
const DEFINING = new Set(["between", "with", "against", "that", "which"]);
const blocEnd = (tokens: readonly Token[], k: number): number =>
  tokens[k]?.cap || ofNoun(tokens, k) || DEFINING.has(tokens[k + 1]?.lower ?? "") ? -1 : k + 1;

const SIDES = new Set(["sides", "parties", "rivals", "adversaries"]);
const GROUP_COUNTRIES = new Set([
  ...PAIR_COUNTRIES,
  "juntas",
  "members",
  "allies",
  "neighbours",
  "neighbors",
  "powers",
]);

/**
 * "both countries", "the two leaders", "the four boycotting countries", "both sides": the
 * group's size, its noun and its token length, or null. One plain modifier may stand between
 * the number and the noun.
 */
function collectiveAt(
  tokens: readonly Token[],
  i: number,
  atTok: readonly (Mention | undefined)[],
): [number, string, number] | null {
  const t = tokens[i] as Token;
  let size = 0;
  let k = i + 1;
  if (t.lower === "both") size = 2;
  // "called on all sides to": the two sides the article is about, as "both sides".
  else if (t.lower === "all" && tokens[i + 1]?.lower === "sides") size = 2;
  else if (t.lower === "the") {
    size = NUMBERS.get(tokens[i + 1]?.lower ?? "") ?? 0;
    k = i + 2;
  }
  if (size === 0) return null;
  const known = (w: string): boolean =>
    PAIR_PERSONS.has(w) || GROUP_COUNTRIES.has(w) || SIDES.has(w);
  let noun = tokens[k]?.lower ?? "";
  if (!known(noun) && size > 2 && tokens[k]?.isWord && !tokens[k]?.cap && !atTok[k])
    noun = tokens[++k]?.lower ?? "";
  // "the two heads of state" is a pair; "both sides of the border", "the four members of" are not.
  if (!known(noun) || atTok[k] || (tokens[k + 1]?.lower === "of" && !PAIR_PERSONS.has(noun)))
    return null;
  // "both countries" only as "both" + noun; "the two" + persons or countries as before.
  if (size === 2 && !PAIR_PERSONS.has(noun) && !PAIR_COUNTRIES.has(noun) && !SIDES.has(noun))
    return null;
  return [size, noun, k + 1 - i];
}

/**
 * "both sides", "the two parties": the two countries the sentence names before it (the
 * delegation "received in Niamey ... and the two sides agreed"), else the two countries the
 * article is most about; never the clause's subject ("China called on both sides").
 */
function sidesOf(
  tokens: readonly Token[],
  i: number,
  before: string[],
  memory: ArticleMemory,
): string[] | null {
  const object =
    !["and", ",", "the"].includes(tokens[i - 1]?.lower ?? "") ||
    (tokens[i]?.lower === "the" && !["and", ","].includes(tokens[i - 1]?.lower ?? "") && i > 0);
  const subject = object ? before[0] : undefined;
  const named = [...new Set(before)].filter((id) => id !== subject);
  if (named.length === 2) return named;
  const count = new Map<string, number>();
  for (const id of memory.actorCountries)
    if (id !== subject) count.set(id, (count.get(id) ?? 0) + 1);
  const top = [...count].sort((x, y) => y[1] - x[1]);
  // A clear pair only: the third country must be named less often than the second.
  if (
    top.length < 2 ||
    (top[2] && (top[2] as [string, number])[1] === (top[1] as [string, number])[1])
  )
    return null;
  return [(top[0] as [string, number])[0], (top[1] as [string, number])[0]];
}

/** Who a collective reference stands for, in text order, or null when the text leaves it open. */
function collectiveMembers(
  size: number,
  noun: string,
  tokens: readonly Token[],
  i: number,
  known: readonly Mention[],
  memory: ArticleMemory,
): string[] | null {
  const kind = PAIR_PERSONS.has(noun) ? "Person" : "Country";
  const sides = SIDES.has(noun);
  // Sides may be named by a demonym or a capital ("a Russian delegation ... received in Niamey").
  const cands = known
    .filter(
      (m) =>
        (m.kind === kind || (sides && m.actsFor)) &&
        m.ti < i &&
        m.id &&
        !m.group &&
        (sides || !LOCATIVE_BEFORE.has(tokens[m.ti - 1]?.lower ?? "")),
    )
    .filter((m) => kind === "Person" || sides || m.via !== "demonym")
    .sort((x, y) => x.ti - y.ti);
  const idOf = (m: Mention): string => (m.kind === "Location" && m.actsFor ? m.actsFor : m.id);
  if (size === 2) {
    // A pair named together ("Iran and Russia ..., where both countries") wins.
    const joined = cands.find(
      (m, k) => tokens[m.tj]?.lower === "and" && cands[k + 1]?.ti === m.tj + 1,
    );
    if (joined) return [idOf(joined), idOf(cands[cands.indexOf(joined) + 1] as Mention)];
    if (sides) return sidesOf(tokens, i, cands.map(idOf), memory);
    const before = cands.map(idOf);
    const pool = kind === "Person" ? memory.persons : memory.actorCountries;
    const recent = [...new Set([...pool, ...before].reverse())].slice(0, 2).reverse();
    return recent.length === 2 ? recent : null;
  }
  if (kind === "Person") return null;
  // "the four boycotting countries": the latest list of exactly that many countries.
  for (let k = memory.countryLists.length - 1; k >= 0; k--) {
    const list = memory.countryLists[k] as string[];
    if (list.length === size) return list;
  }
  // "Mali and Burkina Faso sided with Niger; the three countries ...": exactly that many
  // countries named as actors earlier in this sentence, or else in the one before.
  const here = [...new Set(cands.map(idOf))];
  if (here.length === size) return here;
  if (here.length === 0 && memory.previous) {
    const prev = memory.previous;
    const before = prev.mentions
      .filter(
        (m) =>
          m.kind === "Country" &&
          m.via !== "demonym" &&
          !LOCATIVE_BEFORE.has(prev.tokens[m.ti - 1]?.lower ?? ""),
      )
      .sort((x, y) => x.ti - y.ti);
    const ids = [...new Set(before.map((m) => m.id))];
    if (ids.length === size) return ids;
  }
  return null;
}

/**
 * The actors named together last before token `end` ("Abiy and Hassan Sheikh", "Pakistan and
 * Afghanistan", "the two sides"), as ids in text order, or null. Places ("in X and Y") and
 * demonyms do not count; both sides of the "and" must be the same kind of actor.
 */
function latestPair(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  end: number,
  subjectFirst = false,
): string[] | null {
  const ms = mentions
    .filter((m) => m.tj <= end && m.id && m.via !== "demonym" && m.kind !== "Location")
    .sort((x, y) => x.ti - y.ti);
  // For the next sentence's "they", a pair opening the sentence (its subject) comes first.
  if (subjectFirst && ms[0] && ms[0].ti <= 2) {
    const first = latestPair(tokens, ms, (ms[1]?.group ? ms[0] : (ms[1] ?? ms[0])).tj);
    if (first) return first;
  }
  for (let k = ms.length - 1; k >= 0; k--) {
    const m = ms[k] as Mention;
    if (m.group && m.group.length >= 2) return m.group;
    const prev = ms[k - 1];
    if (!prev || tokens[prev.tj]?.lower !== "and" || prev.tj + 1 !== m.ti) continue;
    if (LOCATIVE_BEFORE.has(tokens[prev.ti - 1]?.lower ?? "")) continue;
    const person = (x: Mention): boolean => x.kind === "Person";
    if (person(prev) !== person(m) || prev.id === m.id) continue;
    return [prev.id, m.id];
  }
  return null;
}

function kindOfPair(
  ids: readonly string[],
  known: readonly Mention[],
  kb: KbIndex,
): Mention["kind"] {
  const m = known.find((x) => x.id === ids[0]);
  if (m) return m.kind === "Location" ? "Country" : m.kind;
  const e = kb.byId.get(ids[0] as string);
  return (e?.kind as Mention["kind"] | undefined) ?? "Country";
}

/** Words that may follow "the two" / "the three" used alone as a subject. */
const BARE_NUMBER_NEXT = new Set([
  "met",
  "held",
  "spoke",
  "have",
  "had",
  "are",
  "were",
  "will",
  "also",
  "then",
  "later",
  "said",
  "signed",
  "agreed",
  "discussed",
  "pledged",
  "vowed",
]);

/** "the three agreed": the number (2 to 6) when "the" + number stands alone as a subject, else 0. */
function bareNumberAt(tokens: readonly Token[], i: number): number {
  const size = NUMBERS.get(tokens[i + 1]?.lower ?? "") ?? 0;
  const next = tokens[i + 2];
  if (!size || !next?.isWord || next.cap) return 0;
  return BARE_NUMBER_NEXT.has(next.lower) ? size : 0;
}

/**
 * Who "the two" / "the three" are: exactly that many persons (else countries) named as actors
 * earlier in the sentence; for two, the pair named together last (here or in the sentence
 * before); else nobody.
 */
function bareMembers(
  size: number,
  tokens: readonly Token[],
  i: number,
  known: readonly Mention[],
  memory: ArticleMemory,
): string[] | null {
  const before = known.filter((m) => m.ti < i && m.id && !m.group && m.via !== "demonym");
  for (const kind of ["Person", "Country"] as const) {
    const ids = [
      ...new Set(
        before
          .filter((m) => m.kind === kind && !LOCATIVE_BEFORE.has(tokens[m.ti - 1]?.lower ?? ""))
          .map((m) => m.id),
      ),
    ];
    if (ids.length === size) return ids;
    if (ids.length > 0) break;
  }
  if (size !== 2) return null;
  return latestPair(tokens, known, i) ?? previousPair(memory);
}

/** The actors the previous sentence named together, its subject pair first, or null. */
const previousPair = (memory: ArticleMemory): string[] | null =>
  memory.previous
    ? latestPair(
        memory.previous.tokens,
        memory.previous.mentions,
        memory.previous.tokens.length,
        true,
      )
    : null;

/** The id named most often in a list, the latest of those on a tie. */
function salient(ids: readonly string[]): string | undefined {
  const count = new Map<string, number>();
  let best: string | undefined;
  for (const id of ids) {
    const n = (count.get(id) ?? 0) + 1;
    count.set(id, n);
    if (!best || n >= (count.get(best) ?? 0)) best = id;
  }
  return best;
}
