// Resolve: mentions that name nobody by name. Role-only phrases ("the Iranian president",
// "Russia's leader", "the Leader") become the person holding that role at the article's date,
// or the holder already named in the article; "he"/"she" become the subject of the previous
// sentence; "the country" / "the former Soviet republic" become the last country named.
import type { KbIndex, RoleHolder } from "./kb-index.ts";
import { roleCovers } from "./kb-index.ts";
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
}

const GROUP_NOUNS = new Set(["group", "militia", "militant group", "armed group"]);

const roleMatches = (kbRole: string, phrase: string, of: string | null, lexicon: Lexicon): boolean => {
  const r = kbRole.toLowerCase();
  if (r === phrase || r.endsWith(` ${phrase}`)) return true;
  // "the Russian leader": any role that heads the named country.
  return of !== null && phrase === "leader" && lexicon.roles.get(r) === "LEADS";
};

/** Who the role phrase names, or null when the text and the KB leave it ambiguous. */
export function resolveRoleHolder(
  phrase: string,
  of: string | null,
  memory: ArticleMemory,
  kb: KbIndex,
  lexicon: Lexicon,
): string | null {
  const holders = kb.roles.filter(
    (r: RoleHolder) => (of === null || r.of === of) && roleMatches(r.role, phrase, of, lexicon),
  );
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

/** Role phrase starting at token i, as [phrase, length] (longest first). */
export function roleAt(tokens: readonly Token[], i: number, lexicon: Lexicon): [string, number] | null {
  for (const phrase of phrasesStartingAt(lexicon.rolesByFirst, tokens, i)) {
    if (phrase.every((w, k) => tokens[i + k]?.lower === w)) return [phrase.join(" "), phrase.length];
  }
  return null;
}

function makeMention(tokens: readonly Token[], ti: number, tj: number, text: string, textOffset: number, id: string, kind: Mention["kind"], via: Mention["via"]): Mention {
  const start = (tokens[ti] as Token).start;
  const end = (tokens[tj - 1] as Token).end;
  const surface = text.slice(start - textOffset, end - textOffset);
  return { ti, tj, start, end, text: surface, name: surface, id, kind, via, actsFor: null, origin: "kb", confidence: 0.7, candidates: [], title: null };
}

/** "During his meeting with X, Putin said": the opening phrase's "his" is the main subject. */
function personAfterIntro(tokens: readonly Token[], i: number, mentions: readonly Mention[]): boolean {
  const comma = tokens.findIndex((t, k) => k > i && t.text === ",");
  if (comma < 0) return false;
  const main = tokens.slice(comma + 1, comma + 4);
  return main.some((t) => t.lower === "he" || t.lower === "she") || mentions.some((m) => m.kind === "Person" && m.ti > comma && m.ti <= comma + 3);
}

const LOCATIVE_BEFORE = new Set(["in", "at", "to", "from", "into", "near"]);
const PAIR_PERSONS = new Set(["leaders", "presidents", "men", "women", "ministers", "heads", "premiers"]);
const PAIR_COUNTRIES = new Set(["countries", "nations", "states", "governments", "neighbours", "neighbors", "capitals"]);

const QUOTE_CLOSE = /^[”"’]$/;
const QUOTE_OPEN = /^[“"‘]$/;

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
      const afterQuote = QUOTE_CLOSE.test(tokens[i - 1]?.text ?? "") || (tokens[i - 1]?.text === "," && QUOTE_CLOSE.test(tokens[i - 2]?.text ?? ""));
      const open = afterQuote ? tokens.findIndex((q, k) => k < i - 1 && QUOTE_OPEN.test(q.text)) : -1;
      const before = [...mentions, ...added].filter((m) => m.kind === "Person" && m.ti < i && m.id && !(open >= 0 && m.ti > open));
      const id = before.length > 0 ? (before[before.length - 1] as Mention).id : memory.previousSubject;
      if (id) added.push({ ...makeMention(tokens, i, i + 1, text, textOffset, id, "Person", "pronoun"), confidence: 0.6 });
      continue;
    }
    // "Blinken phoned Aliyev and urged him to ...": an object pronoun is the latest person
    // named before it other than the sentence's subject.
    if ((t.lower === "him" || (t.lower === "her" && !tokens[i + 1]?.isWord)) && t.isWord) {
      const before = [...mentions, ...added].filter((m) => m.kind === "Person" && m.ti < i && m.id);
      const subject = before[0]?.id;
      const other = before.filter((m) => m.id !== subject);
      // "Egypt has backed Burhan. Sisi received him in Cairo": with nobody else named in the
      // sentence, the previous sentence's subject, when that is not this sentence's subject.
      const previous = memory.previousSubject && memory.previousSubject !== subject ? memory.previousSubject : null;
      const id = other.length > 0 ? (other[other.length - 1] as Mention).id : previous;
      if (id) added.push({ ...makeMention(tokens, i, i + 1, text, textOffset, id, "Person", "pronoun"), confidence: 0.6 });
      continue;
    }
    // "In his meeting with X on Monday, ...": a possessive opening the sentence, with nobody
    // named before it, is the previous sentence's subject.
    if ((t.lower === "his" || t.lower === "her") && i <= 2 && memory.previousSubject && !mentions.some((m) => m.kind === "Person" && m.ti < i) && !personAfterIntro(tokens, i, mentions)) {
      added.push({ ...makeMention(tokens, i, i + 1, text, textOffset, memory.previousSubject, "Person", "pronoun"), confidence: 0.6 });
      continue;
    }
    const role = roleAt(tokens, i, lexicon);
    if (role) {
      const [phrase, n] = role;
      const after = tokens[i + n];
      const next = atTok[i + n] ?? (after?.text === "," ? atTok[i + n + 1] : undefined);
      if (next?.kind === "Person") continue; // an apposition, handled by relate-roles
      if (after?.isWord && after.cap && !atTok[i + n]) continue; // "President X" with X unknown
      const prev = tokens[i - 1];
      const owner = prev ? atTok[i - 1] : undefined;
      const possessor = prev?.text === "'s" || prev?.text === "’s" ? atTok[i - 2] : undefined;
      const country = owner?.via === "demonym" || owner?.kind === "Country" ? owner.id : possessor?.kind === "Country" ? possessor.id : null;
      const definite = prev?.lower === "the" || (t.cap && prev?.lower !== "a");
      if (!country && !(definite && (t.cap || n > 1))) continue;
      if (!country && !definite) continue;
      const id = resolveRoleHolder(phrase, country, memory, kb, lexicon);
      if (id) added.push({ ...makeMention(tokens, i, i + n, text, textOffset, id, "Person", "role"), title: phrase });
      i += n - 1;
      continue;
    }
    // "the two presidents", "both countries": the last two persons or countries named.
    const pairNoun = (t.lower === "both" ? tokens[i + 1] : t.lower === "the" && tokens[i + 1]?.lower === "two" ? tokens[i + 2] : undefined)?.lower ?? "";
    const pairKind = PAIR_PERSONS.has(pairNoun) ? "Person" : PAIR_COUNTRIES.has(pairNoun) ? "Country" : null;
    if (pairKind) {
      const n = t.lower === "both" ? 2 : 3;
      const cands = [...mentions, ...added].filter((m) => m.kind === pairKind && m.ti < i && m.id && m.via !== "demonym" && !m.group && !LOCATIVE_BEFORE.has(tokens[m.ti - 1]?.lower ?? "")).sort((x, y) => x.ti - y.ti);
      // A pair named together ("Iran and Russia ..., where both countries") wins.
      const joined = cands.find((m, k) => tokens[m.tj]?.lower === "and" && cands[k + 1]?.ti === m.tj + 1);
      const before = cands.map((m) => m.id);
      const recent = joined ? [joined.id, (cands[cands.indexOf(joined) + 1] as Mention).id] : [...new Set([...(pairKind === "Person" ? memory.persons : memory.countries), ...before].reverse())].slice(0, 2).reverse();
      if (recent.length === 2) {
        added.push({ ...makeMention(tokens, i, i + n, text, textOffset, recent[0] as string, pairKind, "anaphora"), group: recent, confidence: 0.6 });
        i += n - 1;
        continue;
      }
    }
    if (t.lower === "the") {
      // "the (Iran-backed) group": the armed group the article has named most so far (the one
      // it is about), the latest of those on a tie.
      const group = groupAnaphora(tokens, i, atTok);
      const groupId = group > 0 ? salient(memory.groups) : undefined;
      if (groupId) {
        added.push({ ...makeMention(tokens, group - 1, group, text, textOffset, groupId, "Organisation", "anaphora"), confidence: 0.6 });
        i = group - 1;
        continue;
      }
      // "the (former Soviet) republic": up to three modifiers, then an anaphora noun.
      for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
        const w = tokens[k] as Token;
        if (!w.isWord || atTok[k]) break;
        if (lexicon.countryAnaphora.has(w.lower) && !w.cap && tokens[k + 1]?.lower !== "of") {
          const named = mentions.filter((m) => m.ti < i && m.kind === "Country" && m.via !== "demonym");
          // The nearest named country is usually the clause's own subject ("Russia invaded
          // the former Soviet republic"), so the reference goes to the one before it.
          const subject = named[named.length - 1]?.id;
          const recent = [...memory.countries, ...named.map((m) => m.id)].reverse();
          const id = recent.find((c) => c !== subject);
          if (id) added.push(makeMention(tokens, i, k + 1, text, textOffset, id, "Country", "anaphora"));
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
function groupAnaphora(tokens: readonly Token[], i: number, atTok: readonly (Mention | undefined)[]): number {
  let k = i + 1;
  // One compound modifier ("Iran-backed", "Hamas-allied") may name an actor.
  const m = atTok[k];
  if (m && tokens[m.tj]?.text === "-" && tokens[m.tj + 1]?.isWord && !tokens[m.tj + 1]?.cap) k = m.tj + 2;
  else if (tokens[k + 1]?.text === "-" && tokens[k]?.isWord && !tokens[k]?.cap && !atTok[k]) k += 3;
  const w = tokens[k];
  if (!w || !w.isWord || w.cap || atTok[k] || !GROUP_NOUNS.has(w.lower) || tokens[k + 1]?.lower === "of") return -1;
  return k + 1;
}

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
