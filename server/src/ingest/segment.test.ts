import { describe, expect, it } from "vitest";
import { segmentSentences } from "./segment.ts";
import type { Article, Range } from "./types.ts";

function article(text: string, body: Range[] = [[0, text.length]]): Article {
  return {
    id: "a-test",
    file: "t.txt",
    title: null,
    author: null,
    source: null,
    url: null,
    dateline: null,
    publishedAt: null,
    contentHash: "",
    text,
    body,
    comments: [],
  };
}

const split = (text: string): string[] => {
  const a = article(text);
  const sentences = segmentSentences(a);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
};

describe("segmentSentences", () => {
  it("does not split after titles, initials and dotted acronyms inside a sentence", () => {
    expect(
      split("Gen. Lee met Dr. Ngata and J. R. Okafor at the U.N. headquarters. They spoke."),
    ).toEqual(["Gen. Lee met Dr. Ngata and J. R. Okafor at the U.N. headquarters.", "They spoke."]);
    expect(split("The U.S. Senate voted. The U.S. The end.")).toEqual([
      "The U.S. Senate voted.",
      "The U.S.",
      "The end.",
    ]);
  });

  it("keeps decimals, ellipses inside a sentence and month abbreviations together", () => {
    expect(
      split("Growth hit 3.5 per cent on Jan. 4 and then... it fell. Prices rose 2.1%."),
    ).toEqual(["Growth hit 3.5 per cent on Jan. 4 and then... it fell.", "Prices rose 2.1%."]);
  });

  it("keeps closing quotes with their sentence and joins quote attributions", () => {
    expect(
      split("“We will not yield,” she said. “Never.” Aides agreed! Why? Nobody knows."),
    ).toEqual([
      "“We will not yield,” she said.",
      "“Never.”",
      "Aides agreed!",
      "Why?",
      "Nobody knows.",
    ]);
  });

  it("ends sentences at blank lines and after headline lines", () => {
    expect(split("Harbour Talks Resume\nThe delegations met again.\n\nNo agreement yet")).toEqual([
      "Harbour Talks Resume",
      "The delegations met again.",
      "No agreement yet",
    ]);
  });

  it("joins lines of hard-wrapped paragraphs", () => {
    const text =
      "The ministers of both countries said on Friday that the\n" +
      "negotiations over the disputed river would continue into the\n" +
      "next year. Observers were sceptical.";
    expect(split(text)).toEqual([
      "The ministers of both countries said on Friday that the\nnegotiations over the disputed river would continue into the\nnext year.",
      "Observers were sceptical.",
    ]);
  });

  it("only reads the body ranges", () => {
    const text = "Menu\nReal sentence here. Another one.\nFooter text.";
    const a = article(text, [[5, 38]]);
    expect(segmentSentences(a).map((s) => s.text)).toEqual(["Real sentence here.", "Another one."]);
  });

  it("stays linear and fast on a large body", () => {
    const para =
      "President A. Smith met Mr. Jones in the U.K. on Tuesday. “It went well,” he said! Costs rose 4.5%.\n\n";
    const text = para.repeat(Math.ceil(5_000_000 / para.length));
    const t0 = performance.now();
    const n = segmentSentences(article(text)).length;
    const seconds = (performance.now() - t0) / 1000;
    expect(n).toBeGreaterThan(100_000);
    // About 20 MB/s alone; the bar is low because tests share the machine. It still catches
    // accidental backtracking, which would be orders of magnitude slower.
    expect(text.length / seconds).toBeGreaterThan(1_000_000);
  });
});
