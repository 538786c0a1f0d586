// Relate: LEADS and HOLDS_ROLE from appositions and possessives, with the role as the text
// says it: "Russian President Vladimir Putin", "Iran's supreme leader Ayatollah Ali Khamenei",
// "Kremlin spokesman Dmitry Peskov", "Ebrahim Raisi, the Iranian President", "John Kirby,
// spokesman for the National Security Council", "Turkmenistan's current president, X".
import {
  phraseEndFrom,
  phrasesEndingAt,
  phraseStartBefore,
  phrasesStartingAt,
  type Lexicon,
} from "./load-lexicon.ts";
import { type Mention, mentionsByToken } from "./mention.ts";
import type { AnalysedSentence } from "./resolve-article.ts";
import { SUBDIVISIONS } from "./recognise-names.ts";
import { isPossessive, type Token } from "./tokenize.ts";

export interface RoleRelation {
  from: string;
  type: "LEADS" | "HOLDS_ROLE";
  to: string;
  role: string;
  confidence: number;
  /** The text says the office is no longer held ("a former Australian prime minister"). */
  former?: true;
}

/** A role an apposition or an appointment gives a person, with the body or country holding it. */
interface GivenRole {
  role: string;
  holder: Mention;
  /** The holder is named after the role ("head of the Y"), so a generic role counts. */
  explicit: boolean;
}

const HONORIFIC_ADJ = new Set([
  "then",
  "current",
  "incumbent",
  "new",
  "newly",
  "elected",
  "acting",
  "interim",
  "caretaker",
  "outgoing",
  "incoming",
  "designate",
  "top",
  "senior",
  "chief",
]);
const GENERIC = new Set([
  "official",
  "senior official",
  "lawmaker",
  "diplomat",
  "representative",
  "general",
  "head",
  "chief",
  "commander",
]);
/** Generic roles that lead the body named after them ("head of the Y"). */
const HEADS = new Set(["head", "chief", "commander"]);

export function roleEndingAt(
  tokens: readonly Token[],
  end: number,
  lexicon: Lexicon,
): [string, number] | null {
  for (const p of phrasesEndingAt(lexicon.rolesByLast, tokens, end)) {
    const s = phraseStartBefore(tokens, end, p);
    if (s >= 0) return [p.join(" "), s];
  }
  return null;
}

function roleStartingAt(
  tokens: readonly Token[],
  i: number,
  lexicon: Lexicon,
): [string, number] | null {
  for (const p of phrasesStartingAt(lexicon.rolesByFirst, tokens, i)) {
    const e = phraseEndFrom(tokens, i, p);
    if (e >= 0) return [p.join(" "), e];
  }
  return null;
}

/** The country or organisation a role belongs to, from the mention just before it. */
function holderBefore(
  at: (Mention | undefined)[],
  tokens: readonly Token[],
  k: number,
): Mention | null {
  let j = k;
  while (j >= 0 && HONORIFIC_ADJ.has(tokens[j]?.lower ?? "")) j--;
  if (isPossessive(tokens[j])) j--;
  // "the ruling ZANU-PF party's chief whip": a head noun the organisation's name left out.
  if (!at[j] && HOLDER_HEADS.has(tokens[j]?.lower ?? "") && at[j - 1]?.kind === "Organisation") j--;
  const m = at[j];
  return m && isHolder(m) ? m : null;
}

const HOLDER_HEADS = new Set(["party", "group", "movement", "bloc", "alliance", "militia"]);

/** A country, an organisation or a place that stands for one can hold a role. */
export const isHolder = (m: Mention): boolean =>
  m.kind === "Country" || m.kind === "Organisation" || (m.kind === "Location" && !!m.actsFor);

const NOT_PORTFOLIO = new Set([
  "the",
  "a",
  "an",
  "former",
  "his",
  "her",
  "its",
  "their",
  "our",
  "and",
  "of",
  "then",
  "prime",
]);

/**
 * "Eritrea's information minister", "the Kenyan water minister": a ministry's field before
 * "minister" that the lexicon does not list; the role then starts one or two words earlier.
 */
function withPortfolio(
  tokens: readonly Token[],
  r: readonly [string, number, ...string[]],
): [string, number] | null {
  if (r[0] !== "minister") return null;
  let s = r[1];
  for (let n = 0; n < 2; n++) {
    const t = tokens[s - 1];
    if (!t?.isWord || t.cap || t.upper || NOT_PORTFOLIO.has(t.lower) || !/^\p{Ll}+$/u.test(t.text))
      break;
    s--;
  }
  if (s === r[1]) return null;
  const words = tokens.slice(s, r[1]).map((t) => t.lower);
  return [[...words, r[0]].join(" "), s];
}

export const holderId = (m: Mention): string =>
  m.kind === "Location" && m.actsFor ? m.actsFor : m.id;

export function relateRoles(
  s: AnalysedSentence,
  lexicon: Lexicon,
  home: Mention | null = null,
): RoleRelation[] {
  const { tokens, mentions } = s;
  if (!mentions.some((m) => m.kind === "Person" && m.via !== "pronoun" && m.via !== "role"))
    return [];
  const at = mentionsByToken(tokens, mentions);
  const out: RoleRelation[] = [];
  const add = (
    person: Mention,
    holder: Mention | string,
    role: string,
    confidence: number,
    explicit = false,
    base = role,
  ): void => {
    // A generic role ("head", "official") counts only with its holder named after it: "X, head
    // of the Y" leads Y.
    // "the RSF commander, X", "ELN chief X": a head named after the body before it leads it.
    const named =
      explicit || (HEADS.has(role) && typeof holder !== "string" && holder.kind === "Organisation");
    if (GENERIC.has(base) && !named) return;
    // "the governor of the region of Gagauzia", "the mayor of Kharkiv": a place's head leads it.
    const regional =
      typeof holder !== "string" &&
      holder.kind === "Location" &&
      !holder.actsFor &&
      REGIONAL_HEADS.has(base);
    const type =
      lexicon.roles.get(base) === "LEADS" || (named && HEADS.has(base)) || regional
        ? "LEADS"
        : "HOLDS_ROLE";
    const to = typeof holder === "string" ? holder : holderId(holder);
    const near = tokens.slice(Math.max(0, person.ti - 4), person.tj + 6);
    const former = near.some((t) => t.lower === "former" || t.lower === "then");
    if (to !== person.id)
      out.push({ from: person.id, type, to, role, confidence, ...(former && { former }) });
  };
  // The roles an apposition set off by a comma after the person gives them.
  const addApposed = (p: Mention): GivenRole[] => {
    if (tokens[p.tj]?.text !== ",") return [];
    const listed = appositionRoles(tokens, at, p.tj + 1, lexicon);
    for (const r of listed) add(p, r.holder, r.role, 0.8, r.explicit);
    return listed;
  };
  for (const p of mentions) {
    if (p.kind !== "Person" || p.via === "pronoun" || p.via === "role") continue;
    // Name core: the role may sit inside the absorbed titles ("Russian President Putin").
    let core = p.ti;
    while (core < p.tj && (tokens[core] as Token).start < p.end - p.name.length) core++;
    // 1. [holder] [role] [Person]
    const before =
      roleEndingAt(tokens, core, lexicon) ??
      roleEndingAt(tokens, stripTitles(tokens, core, lexicon), lexicon);
    if (before) {
      const wide = withPortfolio(tokens, before);
      const holder = holderBefore(at, tokens, before[1] - 1);
      const wideHolder = !holder && wide ? holderBefore(at, tokens, wide[1] - 1) : null;
      const found = out.length;
      // "Prime Minister X of Slovenia": the holder named right after the name.
      const after = tokens[p.tj]?.lower === "of" ? at[p.tj + 1] : undefined;
      if (holder) add(p, holder, before[0], 0.85);
      else if (wide && wideHolder) add(p, wideHolder, wide[0], 0.8);
      else if (after && isHolder(after)) add(p, after, before[0], 0.8);
      else if (home && p.origin !== "kb" && bareOffice(tokens, at, before, lexicon))
        add(p, home, before[0], 0.6);
      // "General X, the commander of Bolivia's army,": a bare title before the name leaves the
      // apposition after it to say whose role it is. "Former Irish prime minister X, the
      // chairman of the Y Commission,": a second role the apposition gives.
      if (out.length > found) addApposed(p);
      if (out.length > found || tokens[p.tj]?.text !== ",") continue;
    }
    // 1c. "Minister of Defence X", "Minister of Foreign Affairs of Türkiye X": a role whose body
    //     is written out in capitals before the name; the holder closes the body or comes before.
    const body = before ? null : roleWithBodyEndingAt(tokens, at, core, lexicon);
    if (body) {
      const [written, start, base] = body;
      const last = at[core - 1];
      const closing = last && tokens[last.ti - 1]?.lower === "of" && isHolder(last) ? last : null;
      const holder = closing ?? holderBefore(at, tokens, start - 1);
      if (holder) add(p, holder, written, 0.8, false, base);
      else if (home && p.origin !== "kb" && bareOffice(tokens, at, [base, start], lexicon))
        add(p, home, written, 0.6, false, base);
      if (tokens[p.tj]?.text !== ",") continue;
    }
    // 1b. "Telus and his Ukrainian counterpart(,) Mykola Solskyi": the person holds, for the
    //     country named before "counterpart", the role the sentence gave the person before.
    // A person the knowledge base knows has their roles from it, dated.
    const counterpart = p.origin === "kb" ? null : counterpartHolder(tokens, at, p);
    if (counterpart) {
      const other = [...mentions]
        .reverse()
        .find((m) => m.kind === "Person" && m.ti < p.ti && m.id !== p.id);
      const given = [...out].reverse().find((r) => other && r.from === other.id);
      add(p, counterpart, given?.role ?? other?.title ?? "counterpart", 0.7);
      continue;
    }
    // 2b. "Lebanon's parliament elected General X as the country's president", "X was sworn in
    //     as president": an office given to the person.
    const given = givenOffice(tokens, at, p, lexicon, mentions);
    if (given) {
      add(p, given.holder, given.role, 0.75, given.explicit);
      continue;
    }
    // 2. [holder]'s [role], [Person]
    if (tokens[p.ti - 1]?.text === ",") {
      // 2c. "the Prime Minister of Kosovo, Albin Kurti,": the role, "of", its holder, a comma.
      const ofHolder = at[p.ti - 2];
      if (ofHolder && ofHolder.tj === p.ti - 1 && isHolder(ofHolder)) {
        const of = tokens[ofHolder.ti - 1]?.lower === "the" ? ofHolder.ti - 2 : ofHolder.ti - 1;
        const plain = tokens[of]?.lower === "of" ? roleEndingAt(tokens, of, lexicon) : null;
        // "the Minister of Foreign Affairs of Peru, X,": the office with its body written out.
        const body =
          plain || tokens[of]?.lower !== "of"
            ? null
            : roleWithBodyEndingAt(tokens, at, of, lexicon);
        const role: [string, number, string] | null = plain ? [plain[0], plain[1], plain[0]] : body;
        if (role && ["the", "a"].includes(tokens[role[1] - 1]?.lower ?? "")) {
          add(p, ofHolder, role[0], 0.8, false, role[2]);
          continue;
        }
      }
      // "Pakistan's ambassador in Washington, X,": the post's place between the role and X.
      const posted = postedAt(tokens, at, p.ti - 1);
      const r =
        roleEndingAt(tokens, posted, lexicon) ?? roleWithBodyEndingAt(tokens, at, posted, lexicon);
      if (r) {
        const holder = holderBefore(at, tokens, r[1] - 1);
        const wide = holder ? null : withPortfolio(tokens, r);
        const wideHolder = wide ? holderBefore(at, tokens, wide[1] - 1) : null;
        if (holder) add(p, holder, r[0], 0.8);
        else if (wide && wideHolder) add(p, wideHolder, wide[0], 0.75);
        else if (
          home &&
          p.origin !== "kb" &&
          tokens[r[1] - 1]?.lower === "the" &&
          bareOffice(tokens, at, r, lexicon)
        )
          add(p, home, r[0], 0.6);
        else if (["its", "their"].includes(tokens[r[1] - 1]?.lower ?? "")) {
          // "Its spokesman, X": the body or country last named, or else the article's.
          const owner = [...mentions]
            .reverse()
            .find((m) => (m.kind === "Country" || m.kind === "Organisation") && m.ti < r[1]);
          const of = owner ?? (p.origin !== "kb" ? home : null);
          if (of && lexicon.roles.get(r[0]) === "HOLDS_ROLE") add(p, of, r[0], 0.55);
        } else if (
          isPossessive(tokens[r[1] - 1]) ||
          tokens[r[1] - 1]?.lower === "the" ||
          tokens[r[1] - 1]?.lower === "to"
        ) {
          // "according to the president's adviser, X": the role's country is the clause's.
          const country = mentions.find(
            (m) => m.kind === "Country" && m.via !== "demonym" && m.ti < r[1],
          );
          if (country && lexicon.roles.get(r[0]) === "HOLDS_ROLE") add(p, country, r[0], 0.6);
        }
        // "ASEAN's secretary-general, X, a former Thai foreign minister,": a second apposition.
        addApposed(p);
        continue;
      }
    }
    // 3. [Person], [the] [demonym|holder's]? [role] [(of|for) [the] holder], and the roles
    //    listed after it: "X, prime minister of A and the current president of B", "X, Minister
    //    of State and National Security Adviser of A".
    if (tokens[p.tj]?.text === ",") {
      const listed = addApposed(p);
      // "X, its foreign affairs spokesman,": the body or country named last before X.
      const its = listed.length === 0 ? pronounRole(tokens, p.tj + 1, lexicon) : null;
      const owner = its
        ? [...mentions]
            .reverse()
            .find((m) => (m.kind === "Country" || m.kind === "Organisation") && m.tj <= p.ti)
        : undefined;
      if (its && owner) {
        add(p, owner, its, 0.6);
        continue;
      }
      // "X, a deputy foreign minister, said": an office with no holder is the article's country's.
      const bare = listed.length === 0 && home && p.origin !== "kb";
      const office = bare ? bareApposition(tokens, at, p.tj + 1, lexicon) : null;
      if (home && office) add(p, home, office, 0.55);
      continue;
    }
    // 4. [holder]'s [role] is [Person]: "the alliance's top commander is X".
    if (COPULA.has(tokens[p.ti - 1]?.lower ?? "")) {
      const r = roleEndingAt(tokens, p.ti - 1, lexicon);
      const holder = r ? holderBefore(at, tokens, r[1] - 1) : null;
      if (r && holder) add(p, holder, r[0], 0.75);
      if (r) continue;
    }
    // 5. [Person] is [the] [holder's] [role] [(of|for) holder]: "X is the bloc's chairman".
    if (COPULA.has(tokens[p.tj]?.lower ?? "")) {
      const [r] = appositionRoles(tokens, at, p.tj + 1, lexicon, 1);
      if (r) add(p, r.holder, r.role, 0.75, r.explicit);
      continue;
    }
    // 6. [Person] [attending|serving]? as [the] [role] (of|for) [the] holder
    const as =
      tokens[p.tj]?.lower === "as" ? p.tj : tokens[p.tj + 1]?.lower === "as" ? p.tj + 1 : -1;
    if (as >= 0 && (as === p.tj || /ing$/.test(tokens[p.tj]?.lower ?? ""))) {
      const [r] = appositionRoles(tokens, at, as + 1, lexicon, 1);
      if (r) add(p, r.holder, r.role, 0.75, r.explicit);
    }
  }
  return out;
}

/**
 * "its foreign affairs spokesman," from token k: a role after "its" or "their" (portfolio words
 * may stand between) that a comma closes; the role, or null.
 */
function pronounRole(tokens: readonly Token[], k: number, lexicon: Lexicon): string | null {
  if (!["its", "their"].includes(tokens[k]?.lower ?? "")) return null;
  for (let c = k + 2; c <= k + 5 && c < tokens.length; c++) {
    const t = tokens[c] as Token;
    if (t.text !== ",") {
      if (!t.isWord) return null;
      continue;
    }
    const r = roleEndingAt(tokens, c, lexicon);
    return r && r[1] > k && !GENERIC.has(r[0]) ? r[0] : null;
  }
  return null;
}

const REGIONAL_HEADS = new Set(["governor", "mayor", "chief minister", "premier"]);
/** "the region of", "the city of": the nouns a place's name may follow. */
const REGION_NOUNS = new Set([...SUBDIVISIONS, "city", "republic", "territory"]);

/** The country before "counterpart" right before the person ("his Iranian counterpart, X"). */
function counterpartHolder(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  p: Mention,
): Mention | null {
  const k = tokens[p.ti - 1]?.text === "," ? p.ti - 2 : p.ti - 1;
  if (tokens[k]?.lower !== "counterpart") return null;
  const m = at[k - 1];
  return m && (m.kind === "Country" || (m.kind === "Location" && m.actsFor)) ? m : null;
}

/** "as its first president": the ordinal of an office. */
const ORDINAL_ADJ = new Set(["first", "second", "third", "fourth", "fifth", "last"]);
/** Verbs that give a person an office: "elected X as", "X was sworn in as". */
const APPOINTING = new Set([
  "swearing",
  "became",
  "becomes",
  "elected",
  "re-elected",
  "reelected",
  "appointed",
  "named",
  "chose",
  "chosen",
  "installed",
  "confirmed",
  "inaugurated",
  "sworn",
  "swore",
  "picked",
]);
const APPOINTED_LINKS = new Set(["was", "is", "has", "been", "in", "had", "were"]);
/** "took office as", "assumed office as". */
const OFFICE_TAKING = new Set(["took", "takes", "assumed", "assumes"]);
/** "X succeeded Y as president". */
const SUCCEEDING = new Set(["succeeded", "succeeds", "replaced", "replaces"]);
/** Appointing verbs that may name the office right after them, without "as". */
const ROLE_WITHOUT_AS = new Set([
  "elected",
  "re-elected",
  "reelected",
  "appointed",
  "named",
  "became",
  "becomes",
  "inaugurated",
]);

/**
 * "elected [the commander of the army,] X, as the country's president", "X was sworn in as
 * president": the office an appointing verb gives the person, with its holder (named after the
 * role, or else the first country the sentence names before the person), or null.
 */
function givenOffice(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  p: Mention,
  lexicon: Lexicon,
  mentions: readonly Mention[],
): GivenRole | null {
  // "X was sworn in as", "X, ... , as": the "as" after the person.
  let as = p.tj;
  if (tokens[as]?.text === ",") as++;
  // "X, who was sworn in as ..."
  if (as > p.tj && tokens[as]?.lower === "who") as++;
  let appointedAfter = false;
  for (;;) {
    const w = tokens[as]?.lower ?? "";
    if (APPOINTED_LINKS.has(w) || APPOINTING.has(w)) {
      appointedAfter ||= APPOINTING.has(w);
      as++;
    } else if (OFFICE_TAKING.has(w) && tokens[as + 1]?.lower === "office") {
      // "took office as", "assumed office as"
      appointedAfter = true;
      as += 2;
    } else if (
      SUCCEEDING.has(w) &&
      at[as + 1]?.kind === "Person" &&
      tokens[(at[as + 1] as Mention).tj]?.lower === "as"
    ) {
      // "X succeeded Y as president": the office is X's now.
      appointedAfter = true;
      as = (at[as + 1] as Mention).tj;
    } else break;
  }
  // "X was elected president of Chile", "X became Chile's president": the office right after.
  if (tokens[as]?.lower !== "as") {
    if (!appointedAfter || !ROLE_WITHOUT_AS.has(tokens[as - 1]?.lower ?? "")) return null;
    const [r] = appositionRoles(tokens, at, as, lexicon, 1);
    return r ?? null;
  }
  const appointedBefore = tokens
    .slice(Math.max(0, p.ti - 10), p.ti)
    .some((t) => APPOINTING.has(t.lower));
  if (!appointedAfter && !appointedBefore) return null;
  const [r] = appositionRoles(tokens, at, as + 1, lexicon, 1);
  if (r) return r;
  // "as president": the office of the country the sentence is about.
  let k = as + 1;
  if (["the", "its", "their"].includes(tokens[k]?.lower ?? "")) k++;
  // "as its first president", "as the new prime minister".
  while (ORDINAL_ADJ.has(tokens[k]?.lower ?? "") || HONORIFIC_ADJ.has(tokens[k]?.lower ?? "")) k++;
  // "as the country's president": the country is the one the sentence names.
  if (lexicon.countryAnaphora.has(tokens[k]?.lower ?? "") && isPossessive(tokens[k + 1])) k += 2;
  const role = roleStartingAt(tokens, k, lexicon);
  const country = mentions.find((m) => m.kind === "Country" && m.ti < p.ti && m.via !== "demonym");
  return role && country ? { role: role[0], holder: country, explicit: false } : null;
}

/** Present-tense links between a person and the office they hold now. */
const COPULA = new Set(["is", "remains"]);

/** Government offices that the article's own country holds when the text names no other. */
const OFFICE =
  /minister|^(foreign|defen[cs]e|interior|home) secretary$|^attorney general$|^(government|presidential) spokes(man|woman|person)$/;

/**
 * "Defence Minister X", "the interior minister, X": an office named with no holder, nothing
 * before it that could be one (a name the recogniser missed, a possessive, "former", "deputy
 * to"), so it is an office of the article's own country.
 */
function bareOffice(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  r: readonly [string, number, ...string[]],
  lexicon: Lexicon,
): boolean {
  if (!OFFICE.test(r[0]) || lexicon.roles.get(r[0]) !== "HOLDS_ROLE") return false;
  let j = r[1] - 1;
  while (j >= 0 && HONORIFIC_ADJ.has(tokens[j]?.lower ?? "")) j--;
  const t = tokens[j];
  if (!t) return true;
  if (at[j] || isPossessive(t) || /^[-–—]$/.test(t.text)) return false;
  if (!t.isWord || t.lower === "the") return true;
  return !t.cap && !["former", "deputy", "of", "to", "for", "a", "an"].includes(t.lower);
}

/**
 * ", a deputy foreign minister,": a government office after a person's comma that names no
 * holder, neither before it nor after ("of", "for", "to" ...); the office as written, or null.
 */
function bareApposition(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  from: number,
  lexicon: Lexicon,
): string | null {
  let k = from;
  if (["the", "a", "an"].includes(tokens[k]?.lower ?? "")) k++;
  const first = tokens[k];
  let r = roleStartingAt(tokens, k, lexicon);
  if (!r && first?.isWord && !first.cap && !CLAUSE.has(first.lower) && !at[k])
    r = roleStartingAt(tokens, k + 1, lexicon);
  if (!r || !OFFICE.test(r[0]) || lexicon.roles.get(r[0]) !== "HOLDS_ROLE") return null;
  const next = tokens[r[1]];
  if (
    next &&
    (at[r[1]] || isPossessive(next) || ["of", "for", "to", "at", "in"].includes(next.lower))
  )
    return null;
  const words = tokens.slice(k, r[1]);
  if (words.some((t) => t.lower === "former")) return null;
  return words.map((t) => t.lower).join(" ");
}

/** Words that end a list of roles: the clause's verb or the next clause has begun. */
const CLAUSE = new Set([
  "said",
  "says",
  "told",
  "who",
  "whom",
  "which",
  "that",
  "has",
  "have",
  "had",
  "is",
  "was",
  "were",
  "will",
  "would",
  "met",
  "called",
]);
/** Items of a role list: at most this many, each at most this many tokens long. */
const MAX_ROLE_ITEMS = 4;
const MAX_ITEM_TOKENS = 10;

/**
 * The roles an apposition lists from token k, each with the holder it names: "[the] [holder's]
 * [adjectives] role [(of|for|at) [the] holder]", items joined by commas or "and". The list ends at
 * another person, a clause word or the sentence's end; an item that names no role is skipped.
 */
function appositionRoles(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  from: number,
  lexicon: Lexicon,
  maxItems = MAX_ROLE_ITEMS,
): GivenRole[] {
  const out: GivenRole[] = [];
  let k = from;
  for (let item = 0; item < maxItems && k < tokens.length; item++) {
    const itemStart = k;
    if (["the", "a", "an"].includes(tokens[k]?.lower ?? "")) k++;
    // "a former Australian prime minister", "the then Kenyan president": the holder follows.
    const adjectives = k;
    while (
      (tokens[k]?.lower === "former" || HONORIFIC_ADJ.has(tokens[k]?.lower ?? "")) &&
      at[k + 1]
    )
      k++;
    let holder: Mention | null = null;
    const m = at[k];
    if (!(m && isHolder(m))) k = adjectives;
    if (m && isHolder(m)) {
      holder = m;
      k = m.tj;
      if (isPossessive(tokens[k])) k++;
    }
    // "chief of staff" is a role; "chief" before another role is an adjective ("chief negotiator").
    let r = roleStartingAt(tokens, k, lexicon);
    while (!r && HONORIFIC_ADJ.has(tokens[k]?.lower ?? ""))
      r = roleStartingAt(tokens, ++k, lexicon);
    // "the current pro tempore president": up to two more lower-case words before the role;
    // before a generic role they name its field ("Ukraine's trade representative"). "the
    // Republican chairman of": one capitalised word that names nothing, right after "the".
    for (let skip = 1; !r && skip <= 2; skip++) {
      const t = tokens[k + skip - 1];
      const party = skip === 1 && tokens[k - 1]?.lower === "the" && !holder;
      if (!t?.isWord || (t.cap && !party) || CLAUSE.has(t.lower) || at[k + skip - 1]) break;
      r = roleStartingAt(tokens, k + skip, lexicon);
      if (r && GENERIC.has(r[0]) && holder)
        r = [[...tokens.slice(k, k + skip).map((x) => x.lower), r[0]].join(" "), r[1]];
    }
    if (r) {
      // "X, the Georgian prime minister's special representative": the person holds the role after
      // the possessive, for the same holder.
      if (isPossessive(tokens[r[1]])) r = roleStartingAt(tokens, r[1] + 1, lexicon);
    }
    if (r) {
      k = r[1];
      // "Biden, Modi, Saudi Crown Prince Mohammed bin Salman": a name after the role is its holder.
      if (at[k]?.kind === "Person" || (tokens[k]?.cap && tokens[k]?.isWord && !at[k])) return out;
      let explicit = false;
      let role = r[0];
      // "Minister of Foreign Affairs of Malaysia": the holder closes the role's body.
      const bodyHolder = holder ? null : holderAfterBody(tokens, at, k);
      if (bodyHolder) [holder, k] = [bodyHolder, bodyHolder.tj];
      if (!holder && ["of", "for", "at"].includes(tokens[k]?.lower ?? "")) {
        k++;
        if (tokens[k]?.lower === "the") k++;
        // "the leader of the opposition Democratic Party": a body's lower-case qualifier.
        if (!at[k] && BODY_QUALIFIERS.has(tokens[k]?.lower ?? "") && at[k + 1]) k++;
        // "governor of the autonomous region of Gagauzia", "mayor of the city of Kharkiv".
        for (let d = 0; d <= 1 && !at[k]; d++)
          if (REGION_NOUNS.has(tokens[k + d]?.lower ?? "") && tokens[k + d + 1]?.lower === "of") {
            k += d + 2;
            break;
          }
        let h = at[k];
        // "head of Iran's Civil Aviation Organization": the holder is the body the possessive
        // owns; when that body is no name ("Iran's intelligence agency"), the role is the
        // country's, but not as its head.
        let owned = true;
        if (h && isPossessive(tokens[h.tj])) {
          const described = at[h.tj + 1] ? undefined : describedBody(tokens, at, h.tj + 1);
          const body = at[h.tj + 1] ?? described;
          // A place counts only when words describe it ("Bosnia's Serb-run entity X").
          if (body?.kind === "Organisation" || (body && body === described)) h = body;
          else {
            owned = false;
            // "head of Mexico's diplomatic mission": the country's "head of diplomatic mission".
            const words = ownedWords(tokens, h.tj + 1);
            if (GENERIC.has(role) && words.length > 0) {
              role = `${role} of ${words.join(" ")}`;
              owned = true;
            }
          }
        }
        // "Minister for Europe": a place after "for" is the portfolio, not the holder.
        const portfolio = h?.kind === "Location" && !h.actsFor && tokens[h.ti - 1]?.lower === "for";
        if (
          h &&
          !portfolio &&
          (h.kind === "Country" || h.kind === "Organisation" || h.actsFor || h.kind === "Location")
        ) {
          holder = h;
          explicit = owned;
          k = h.tj;
        }
      }
      // So is a name set off after the role and its holder ("Scholz and Vučić, the
      // Commission's vice-president, Maroš Šefčovič,", "..., the secretary general of the OAS,
      // Luis Almagro,").
      if (namedAfter(tokens, at, k)) return out;
      if (holder) out.push({ role, holder, explicit });
    }
    // On to the next item: past this one's words up to a comma or "and".
    for (let n = 0; k < tokens.length && n < MAX_ITEM_TOKENS; k++, n++) {
      const t = tokens[k] as Token;
      if (t.text === "," || t.lower === "and") break;
      if (CLAUSE.has(t.lower) || at[k]?.kind === "Person" || /^[.;:!?]$/.test(t.text)) return out;
    }
    const sep = tokens[k];
    if (!sep || (sep.text !== "," && sep.lower !== "and") || k === itemStart) return out;
    k++;
    if (tokens[k]?.lower === "and") k++;
    if (at[k]?.kind === "Person" || CLAUSE.has(tokens[k]?.lower ?? "")) return out;
  }
  return out;
}

/**
 * ", X," or ", Colonel X," after a role's words from token k (the rest of a body's capitalised
 * name may come first: "the Leader of the Libyan Revolution, Colonel Muammar Gaddafi,").
 */
function namedAfter(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  k: number,
): boolean {
  let q = k;
  while (q < k + 4 && !at[q] && tokens[q]?.isWord && tokens[q]?.cap) q++;
  if (tokens[q]?.text !== ",") return false;
  let r = q + 1;
  while (r < q + 3 && !at[r] && tokens[r]?.isWord && tokens[r]?.cap) r++;
  return at[r]?.kind === "Person";
}

/** Lower-case words before a body's name: "the opposition Democratic Party". */
const BODY_QUALIFIERS = new Set([
  "opposition",
  "ruling",
  "governing",
  "main",
  "largest",
  "outlawed",
  "banned",
]);

const BODY_LINKS = new Set(["of", "for", "and", "the", "on"]);
const MAX_BODY_TOKENS = 10;

/**
 * "Minister for International Development and the Pacific", "Chairman of the State Committee
 * for National Security": a role whose body the text writes out in capitals, ending right before
 * token `end`. The role as written and the index of its first token, or null.
 */
function roleWithBodyEndingAt(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  end: number,
  lexicon: Lexicon,
): [string, number, string] | null {
  for (let j = end - 1; j >= 0 && end - j <= MAX_BODY_TOKENS; j--) {
    const t = tokens[j] as Token;
    if (at[j]?.kind === "Person" || !(BODY_LINKS.has(t.lower) || (t.isWord && t.cap))) return null;
    if (t.lower !== "of" && t.lower !== "for") continue;
    const r = roleEndingAt(tokens, j, lexicon);
    if (r && !GENERIC.has(r[0]))
      return [
        tokens
          .slice(r[1], end)
          .map((x) => x.text)
          .join(" "),
        r[1],
        r[0],
      ];
  }
  return null;
}

/**
 * "of Foreign Affairs of Malaysia" after a role at token k: a body written out in capitals that
 * ends in "of" and a country or organisation; that holder, or null.
 */
function holderAfterBody(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  k: number,
): Mention | null {
  if (tokens[k]?.lower !== "of" && tokens[k]?.lower !== "for") return null;
  if (at[k + 1] || (tokens[k + 1]?.lower === "the" && at[k + 2])) return null;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_BODY_TOKENS; j++) {
    const t = tokens[j] as Token;
    const m = at[j];
    if (m) {
      const linked = tokens[j - 1]?.lower === "of" || tokens[j - 2]?.lower === "of";
      return linked && (m.kind === "Country" || m.kind === "Organisation") ? m : null;
    }
    if (!(BODY_LINKS.has(t.lower) || (t.isWord && t.cap))) return null;
  }
  return null;
}

/** "diplomatic mission" after a possessive at k: up to three lower-case words, or none. */
function ownedWords(tokens: readonly Token[], k: number): string[] {
  const out: string[] = [];
  for (let i = k; i < k + 3; i++) {
    const t = tokens[i];
    if (!t?.isWord || t.cap || CLAUSE.has(t.lower) || ["and", "of", "in"].includes(t.lower)) break;
    out.push(t.lower);
  }
  return out;
}

/** Prepositions that name where an envoy is posted. */
const POSTED = new Set(["in", "to", "at"]);

/**
 * The index a role ends at before the comma at k: k itself, or the start of "in Washington" /
 * "to the UN" that names an envoy's post after the role.
 */
function postedAt(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  k: number,
): number {
  const place = at[k - 1];
  if (!place || place.tj !== k || place.kind === "Person") return k;
  const prep = tokens[place.ti - 1]?.lower === "the" ? place.ti - 2 : place.ti - 1;
  return POSTED.has(tokens[prep]?.lower ?? "") &&
    /^(ambassador|envoy|representative)/.test(tokens[prep - 1]?.lower ?? "")
    ? prep
    : k;
}

/**
 * The body a possessive owns through words that describe it: "Mozambique's former rebel
 * movement Renamo". Up to three lower-case words, then an organisation's name; or undefined.
 */
function describedBody(
  tokens: readonly Token[],
  at: readonly (Mention | undefined)[],
  k: number,
): Mention | undefined {
  // "former rebel movement", "Serb-run entity": lower-case words, or a name glued to one.
  let end = k;
  for (let n = 0; n < 3; n++) {
    const glued =
      tokens[end]?.cap &&
      tokens[end + 1]?.text === "-" &&
      tokens[end + 1]?.start === tokens[end]?.end &&
      tokens[end + 2]?.start === tokens[end + 1]?.end &&
      /^\p{Ll}+$/u.test(tokens[end + 2]?.text ?? "");
    if (glued && !at[end]) end += 3;
    else if (ownedWords(tokens, end).length > 0) end++;
    else break;
  }
  const body = end > k ? at[end] : undefined;
  // "Mozambique's former rebel movement Renamo", "Bosnia's Serb-run entity Republika Srpska".
  const named = body?.kind === "Organisation" || body?.kind === "Location";
  return named && !at.slice(k, end).some(Boolean) ? body : undefined;
}

function stripTitles(tokens: readonly Token[], core: number, lexicon: Lexicon): number {
  let k = core;
  for (let moved = true; moved;) {
    moved = false;
    if (tokens[k - 1]?.text === ".") k--;
    for (const t of phrasesEndingAt(lexicon.titlesByLast, tokens, k)) {
      if (lexicon.roles.has(t.join(" "))) continue;
      const s = k - t.length;
      if (s >= 0 && t.every((w, d) => tokens[s + d]?.lower === w)) {
        k = s;
        moved = true;
        break;
      }
    }
  }
  return k;
}
