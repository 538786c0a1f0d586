// The knowledge-base gazetteer: a token trie over every name, alias, demonym and seat of the
// KB, built once and reused for every sentence. Keys are transliteration skeletons, so spelling
// variants match; short all-caps aliases ("US", "IS", "EU") match only in capitals.
import { foldText } from "./text-keys.ts";
import type { KnowledgeBase } from "../kb/types.ts";
import { tokenize, type Token } from "./tokenize.ts";

export type EntryVia = "name" | "alias" | "demonym" | "seat" | "capital";
export type GazetteerKind = "Country" | "Person" | "Organisation" | "Location";

export interface GazetteerEntry {
  /** The entity the words name (for a government seat: its country). */
  id: string;
  kind: GazetteerKind;
  via: EntryVia;
  /** Country the mention stands for when used as an actor (capitals), else null. */
  actsFor: string | null;
  /** For a government seat: the body itself ("the State Department"), which is an entity too. */
  body?: string;
  /** Only matches text in capitals. */
  caseSensitive: boolean;
  /** The surface's exact spelling (folded): breaks ties between skeletons that collide. */
  exact?: string;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: GazetteerEntry[];
}

export interface GazetteerMatch {
  /** Token index after the match. */
  end: number;
  entries: GazetteerEntry[];
}

export interface Gazetteer {
  /** Longest match starting at token `i`, or null. */
  match(tokens: readonly Token[], i: number): GazetteerMatch | null;
  /** Persons sharing a surname skeleton. */
  surnames: Map<string, string[]>;
  /** Per person id, the keys of every word of its name and aliases. */
  nameWords: Map<string, Set<string>>;
  /** Last words of persons' names and aliases as written (folded), not as spelling keys. */
  exactSurnames: Set<string>;
}

const isAcronym = (s: string): boolean => {
  const letters = s.replace(/[^\p{L}]/gu, "");
  // Only the short ones collide with common words ("US"/"us", "IS"/"is"); "Nato" is still NATO.
  return letters.length <= 3 && letters === letters.toUpperCase() && /\p{L}/u.test(letters);
};

const exactOf = (tokens: readonly Token[]): string =>
  tokens
    .filter((t) => t.isWord)
    .map((t) => t.lower)
    .join(" ");

const keysOf = (surface: string): string[] =>
  tokenize(surface.replace(/^the\s+/i, ""))
    .filter((t) => t.isWord)
    .map((t) => t.key);

/** Words that put a father's name after them (as keys: lower case, folded). */
export const PATRONYMIC: ReadonlySet<string> = new Set(["bin", "ibn", "bint"]);

export function buildGazetteer(kb: KnowledgeBase): Gazetteer {
  const root: TrieNode = { next: new Map(), entries: [] };
  const add = (surface: string, entry: Omit<GazetteerEntry, "caseSensitive">): void => {
    const keys = keysOf(surface);
    if (keys.join("").length < 2) return;
    let node = root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = { next: new Map(), entries: [] }));
      node = child;
    }
    const caseSensitive = isAcronym(surface);
    const exact = exactOf(tokenize(surface.replace(/^the\s+/i, "")));
    const same = node.entries.find((e) => e.id === entry.id && e.caseSensitive === caseSensitive);
    if (!same) node.entries.push({ ...entry, caseSensitive, exact });
    else if (same.exact !== exact) delete same.exact;
  };
  for (const c of kb.countries) {
    add(c.name, { id: c.id, kind: "Country", via: "name", actsFor: null });
    for (const a of [c.officialName, ...c.aliases])
      add(a, { id: c.id, kind: "Country", via: "alias", actsFor: null });
    for (const d of c.demonyms) {
      add(d, { id: c.id, kind: "Country", via: "demonym", actsFor: null });
      if (!/s$/.test(d)) add(`${d}s`, { id: c.id, kind: "Country", via: "demonym", actsFor: null });
    }
  }
  for (const o of kb.organisations) {
    const entry: Omit<GazetteerEntry, "caseSensitive"> = o.actsFor
      ? {
          id: o.actsFor,
          kind: "Country",
          via: "seat",
          actsFor: null,
          ...(o.seat ? {} : { body: o.id }),
        }
      : { id: o.id, kind: "Organisation", via: "name", actsFor: null };
    for (const s of [o.name, ...o.aliases]) add(s, entry);
  }
  for (const l of kb.locations) {
    const via: EntryVia = l.capitalOf ? "capital" : "name";
    for (const s of [l.name, ...l.aliases])
      add(s, { id: l.id, kind: "Location", via, actsFor: l.capitalOf });
  }
  const surnames = new Map<string, string[]>();
  const nameWords = new Map<string, Set<string>>();
  const exactSurnames = new Set<string>();
  for (const p of kb.persons) {
    for (const n of [p.name, ...p.aliases]) exactSurnames.add(foldText(n.split(/\s+/).pop() ?? ""));
    nameWords.set(p.id, new Set([p.name, ...p.aliases].flatMap((n) => keysOf(n))));
    // East Asian official texts put the family name first ("KISHIDA Fumio" for Fumio Kishida):
    // a two-word name is also known in the other order, as a whole name only (its last word is
    // a given name, no surname to find the person by).
    const parts = p.name.split(/\s+/);
    if (parts.length === 2) {
      add(`${parts[1]} ${parts[0]}`, { id: p.id, kind: "Person", via: "alias", actsFor: null });
    }
    for (const s of [p.name, ...p.aliases]) {
      add(s, { id: p.id, kind: "Person", via: s === p.name ? "name" : "alias", actsFor: null });
      const keys = keysOf(s);
      const last = keys[keys.length - 1];
      // "Yusuf bin Alawi bin Abdullah": a father's name after "bin" is nobody's surname.
      const patronym = PATRONYMIC.has(keys[keys.length - 2] ?? "");
      if (keys.length >= 2 && last && last.length >= 3 && !patronym) {
        const list = surnames.get(last) ?? [];
        if (!list.includes(p.id)) list.push(p.id);
        surnames.set(last, list);
      }
    }
  }
  return {
    surnames,
    nameWords,
    exactSurnames,
    match(tokens, i) {
      const first = tokens[i];
      // "al Shabaab", "el-Sisi": an Arabic article opens a name in lower case.
      const particle = first?.lower === "al" || first?.lower === "el";
      const named = tokens[tokens[i + 1]?.text === "-" ? i + 2 : i + 1];
      if (!first?.isWord || (!first.cap && !(particle && named?.cap))) return null;
      let node: TrieNode | undefined = root;
      let best: GazetteerMatch | null = null;
      let j = i;
      let allUpper = true;
      while (j < tokens.length) {
        const t: Token | undefined = tokens[j];
        if (!t) break;
        if (!t.isWord) {
          // Hyphens and dots inside a name ("Amir-Abdollahian") are skipped, nothing else.
          const nextTok = tokens[j + 1];
          if (
            (t.text === "-" || t.text === ".") &&
            nextTok?.isWord &&
            nextTok.start === t.end &&
            j > i
          ) {
            j++;
            continue;
          }
          // "People's Liberation Army", "China's Foreign Ministry": a possessive inside a name
          // the trie continues past (its keys never hold the "'s").
          // "Workers' Party of Korea": a plural's apostrophe, glued to its word, likewise.
          const plural = (t.text === "'" || t.text === "’") && t.start === tokens[j - 1]?.end;
          if (
            (t.text === "'s" || t.text === "’s" || plural) &&
            j > i &&
            nextTok?.isWord &&
            node.next.has(nextTok.key)
          ) {
            j++;
            continue;
          }
          break;
        }
        node = node.next.get(t.key);
        if (!node) break;
        allUpper &&= t.upper;
        j++;
        // Most nodes are the inside of a longer name: nothing ends there.
        if (node.entries.length === 0) continue;
        let ok = node.entries.filter((e) => !e.caseSensitive || allUpper);
        // "Nigerian" and "Nigerien" share a skeleton: the exact spelling decides between them.
        if (ok.length > 1 && new Set(ok.map((e) => e.id)).size > 1) {
          const exact = exactOf(tokens.slice(i, j));
          const spelled = ok.filter((e) => e.exact === exact);
          if (spelled.length > 0) ok = spelled;
        }
        if (ok.length > 0) best = { end: j, entries: ok };
      }
      return best;
    },
  };
}
