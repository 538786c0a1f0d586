// Loads patterns/famous-events.yaml: named events that news refers to by a fixed phrase.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { checkedEntityKind, EVENT_KINDS, type EventKind } from "../graph/vocabulary.ts";
import { foldText } from "./text-keys.ts";

export interface FamousEvent {
  name: string;
  kind: EventKind;
  date: string;
  participants: string[];
  location: string | null;
  /** Each cue: folded terms that must all occur in one sentence. */
  cues: string[][];
  /** Per cue, the first word of each term that starts with one: a cheap pre-check. */
  cueHeads: string[][];
  notBefore: string | null;
}

interface FamousFile {
  events: {
    name: string;
    kind: string;
    date: string;
    participants: string[];
    location?: string;
    cues: (string | number)[][];
    notBefore?: string;
  }[];
}

let cached: FamousEvent[] | undefined;

export function loadFamousEvents(): FamousEvent[] {
  if (cached) return cached;
  const raw = parse(
    readFileSync(new URL("./patterns/famous-events.yaml", import.meta.url), "utf8"),
  ) as FamousFile;
  checkedEntityKind("Event");
  cached = raw.events.map((e) => {
    if (!(EVENT_KINDS as readonly string[]).includes(e.kind))
      throw new TypeError(`famous-events.yaml: unknown kind ${e.kind}`);
    const cues = e.cues.map((c) => c.map((t) => foldText(String(t)).replace(/[-–]/g, " ")));
    return {
      name: e.name,
      kind: e.kind as EventKind,
      date: String(e.date),
      participants: e.participants,
      location: e.location ?? null,
      cues,
      cueHeads: cues.map((c) => c.flatMap((term) => /^[a-z0-9]+/.exec(term)?.[0] ?? [])),
      notBefore: e.notBefore ?? null,
    };
  });
  return cached;
}

const ALNUM = /^[a-z0-9]+$/;

/**
 * The words of a sentence as its folded text splits them (runs of a-z0-9), from its tokens'
 * folded forms, for `FamousEvent.cueHeads`.
 */
export function sentenceWords(tokens: readonly { lower: string }[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) {
    if (ALNUM.test(t.lower)) words.add(t.lower);
    else for (const w of t.lower.match(/[a-z0-9]+/g) ?? []) words.add(w);
  }
  return words;
}

/** Whether one of the event's cues matches (the words pre-check first, then the full match). */
export function famousMatches(f: FamousEvent, foldedSentence: string, words: Set<string>): boolean {
  return f.cues.some(
    (c, k) => (f.cueHeads[k] ?? []).every((h) => words.has(h)) && cueMatches(c, foldedSentence),
  );
}

/** First cue word -> the events having a cue that starts with it (events without one: always). */
const cueIndexes = new WeakMap<
  readonly FamousEvent[],
  { byWord: Map<string, FamousEvent[]>; always: FamousEvent[] }
>();

/** The events (in list order) that can match a sentence with these words; a cheap pre-filter. */
export function famousCandidates(
  famous: readonly FamousEvent[],
  words: Set<string>,
): FamousEvent[] {
  let index = cueIndexes.get(famous);
  if (!index) {
    index = { byWord: new Map(), always: [] };
    for (const f of famous) {
      if (f.cueHeads.some((h) => h.length === 0)) {
        index.always.push(f);
        continue;
      }
      for (const h of new Set(f.cueHeads.map((h) => h[0] as string)))
        index.byWord.set(h, [...(index.byWord.get(h) ?? []), f]);
    }
    cueIndexes.set(famous, index);
  }
  const found = new Set<FamousEvent>(index.always);
  for (const w of words) for (const f of index.byWord.get(w) ?? []) found.add(f);
  return found.size === 0 ? [] : famous.filter((f) => found.has(f));
}

/** Whether a cue's terms all occur as whole words in the (folded, dehyphenated) sentence. */
export function cueMatches(cue: readonly string[], foldedSentence: string): boolean {
  return cue.every((term) => {
    const i = foldedSentence.indexOf(term);
    if (i < 0) return false;
    const before = foldedSentence[i - 1] ?? " ";
    const after = foldedSentence[i + term.length] ?? " ";
    return !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after);
  });
}
