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
  const raw = parse(readFileSync(new URL("./patterns/famous-events.yaml", import.meta.url), "utf8")) as FamousFile;
  checkedEntityKind("Event");
  cached = raw.events.map((e) => {
    if (!(EVENT_KINDS as readonly string[]).includes(e.kind)) throw new TypeError(`famous-events.yaml: unknown kind ${e.kind}`);
    return {
      name: e.name,
      kind: e.kind as EventKind,
      date: String(e.date),
      participants: e.participants,
      location: e.location ?? null,
      cues: e.cues.map((c) => c.map((t) => foldText(String(t)).replace(/[-–]/g, " "))),
      notBefore: e.notBefore ?? null,
    };
  });
  return cached;
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
