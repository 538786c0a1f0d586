// Loads patterns/verb-patterns.yaml into trigger lists indexed by their first word, checked
// against the vocabulary so a typo in the data fails loudly instead of silently.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { checkedRelationType, type RelationType } from "../graph/vocabulary.ts";
import { foldText } from "./text-keys.ts";

export type Frame = "active" | "passive" | "mutual" | "noun" | "compound" | "face";
const OBJECT_FORMS = ["owner", "plain", "asked"] as const;
export type ObjectForm = (typeof OBJECT_FORMS)[number];
const FRAMES: Frame[] = ["active", "passive", "mutual", "noun", "compound", "face"];

export interface Trigger {
  type: RelationType;
  frame: Frame;
  /** Lower-case words; "*" is up to two filler words. */
  words: string[];
  mode: string | null;
  cue: Set<string> | null;
  direct: boolean;
  /** Noun frame: the owner must be named ("Russia's war in X"); a clause subject is not enough. */
  owned: boolean;
  /**
   * Active frame: the object must own what follows it ("owner") or must not ("plain"), or be
   * asked to act: an infinitive follows it ("asked": "told X to halt").
   */
  object: ObjectForm | null;
  /** VISITED: a presence ("told reporters in Paris"), a visit only to a place abroad. */
  abroad: boolean;
}

export interface VerbPatterns {
  /** First word -> triggers starting with it, longest first. */
  byFirst: Map<string, Trigger[]>;
  /** First words of active-frame (verb) triggers. */
  verbFirst: Set<string>;
  negation: Set<string>;
  /** Verbs of stopping ("end", "halted"): what follows them is no longer in force. */
  cessation: Set<string>;
  hypothetical: Set<string>;
  future: Set<string>;
  hedge: Set<string>;
  /** Clause openers that make what follows a condition ("if", "unless"). */
  conditional: Set<string>;
  /** Verbs and nouns of asking: an infinitive they govern states no fact ("urged X to visit"). */
  requests: Set<string>;
  boundaries: Set<string>;
  locative: Set<string>;
  /** Reported speech: speech verbs and the evaluative words that make a statement criticism. */
  speechVerbs: Set<string>;
  evaluative: string[][];
  /** Approving phrases: a speaker who says an actor is one backs it. */
  approving: string[][];
  /** Rights groups' reports: report verbs and abuse words. */
  reportVerbs: Set<string>;
  abuses: Set<string>;
  /** Reactions to a deed named by its noun: the verbs, and per deed noun the types it recalls. */
  reactionVerbs: Set<string>;
  deeds: Map<string, RelationType[]>;
}

interface PatternEntry extends Partial<Record<Frame, string[]>> {
  type: string;
  mode?: string;
  cue?: string[];
  direct?: boolean;
  owned?: boolean;
  object?: ObjectForm;
  abroad?: boolean;
}

interface PatternFile {
  patterns: PatternEntry[];
  cues: Record<
    | "negation"
    | "cessation"
    | "hypothetical"
    | "future"
    | "hedge"
    | "conditional"
    | "requests"
    | "boundaries"
    | "locative",
    string[]
  >;
  speech: { verbs: string[]; evaluative: string[]; approving: string[] };
  reports: { verbs: string[]; abuses: string[] };
  reactions: { verbs: string[]; deeds: Record<string, string[]> };
}

const phraseWords = (p: string): string[] =>
  foldText(String(p)).replace(/-/g, " ").split(/\s+/).filter(Boolean);

let cached: VerbPatterns | undefined;

export function loadVerbPatterns(): VerbPatterns {
  if (cached) return cached;
  const raw = parse(
    readFileSync(new URL("./patterns/verb-patterns.yaml", import.meta.url), "utf8"),
  ) as PatternFile;
  const byFirst = new Map<string, Trigger[]>();
  for (const p of raw.patterns) {
    const type = checkedRelationType(p.type);
    if (p.object !== undefined && !OBJECT_FORMS.includes(p.object))
      throw new Error(
        `verb-patterns.yaml: ${p.type} has object "${String(p.object)}" (${OBJECT_FORMS.join(", ")})`,
      );
    for (const frame of FRAMES) {
      for (const phrase of p[frame] ?? []) {
        const words = phraseWords(phrase);
        const first = words[0];
        if (!first) continue;
        const list = byFirst.get(first) ?? [];
        list.push({
          type,
          frame,
          words,
          mode: p.mode ?? null,
          cue: p.cue ? new Set(p.cue.map((c) => foldText(c))) : null,
          direct: p.direct ?? false,
          owned: p.owned ?? false,
          object: p.object ?? null,
          abroad: p.abroad ?? false,
        });
        byFirst.set(first, list);
      }
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const set = (k: keyof PatternFile["cues"]): Set<string> =>
    new Set(raw.cues[k].map((c) => foldText(String(c))));
  const verbFirst = new Set<string>();
  for (const [w, list] of byFirst) if (list.some((t) => t.frame === "active")) verbFirst.add(w);
  const deeds = new Map<string, RelationType[]>();
  for (const [type, nouns] of Object.entries(raw.reactions.deeds))
    for (const noun of nouns) {
      const key = foldText(String(noun));
      deeds.set(key, [...(deeds.get(key) ?? []), checkedRelationType(type)]);
    }
  cached = {
    byFirst,
    verbFirst,
    negation: set("negation"),
    cessation: set("cessation"),
    hypothetical: set("hypothetical"),
    future: set("future"),
    hedge: set("hedge"),
    conditional: set("conditional"),
    requests: set("requests"),
    boundaries: set("boundaries"),
    locative: set("locative"),
    speechVerbs: new Set(raw.speech.verbs.map((w) => foldText(w))),
    evaluative: raw.speech.evaluative.map(phraseWords),
    approving: raw.speech.approving.map(phraseWords),
    reportVerbs: new Set(raw.reports.verbs.map((w) => foldText(w))),
    abuses: new Set(raw.reports.abuses.map((w) => foldText(w))),
    reactionVerbs: new Set(raw.reactions.verbs.map((w) => foldText(w))),
    deeds,
  };
  return cached;
}
