import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../segment.ts";
import type { Article } from "../types.ts";
import { prepareArticle } from "./prepare-article.ts";

const prepare = (
  text: string,
  extra: Partial<Parameters<typeof prepareArticle>[0]> = {},
): Article => prepareArticle({ file: "t.txt", format: "txt", text, ...extra });
const bodyText = (a: Article): string[] => a.body.map(([s, e]) => a.text.slice(s, e));
const commentText = (a: Article): string[] => a.comments.map(([s, e]) => a.text.slice(s, e));

const FORUM = `Skip to content

Menu

Ferry Operators Settle Long Dispute With Crews

Share

harbour_photo_01.jpg

The ferry operators and the crews' union signed an agreement on Friday that ends a ten-day strike across the islands.

Under the deal, wages rise by four per cent and rest periods are extended for night crossings.

Read more

Based on a report from The Island Courier 12 March 2023

  • Like 3
Link to comment
Share on other sites

2 hours ago, seagull_fan said:

About time! The operators should have settled weeks ago and the minister knows it.

  • Haha 1
Link to comment
Share on other sites

Sign in to comment

You need to be a member in order to leave a comment
`;

describe("prepareArticle", () => {
  it("separates the body from site chrome and reader comments", () => {
    const a = prepare(FORUM);
    expect(a.title).toBe("Ferry Operators Settle Long Dispute With Crews");
    expect(bodyText(a)).toEqual([
      "The ferry operators and the crews' union signed an agreement on Friday that ends a ten-day strike across the islands.",
      "Under the deal, wages rise by four per cent and rest periods are extended for night crossings.",
    ]);
    expect(commentText(a)).toEqual([
      "About time! The operators should have settled weeks ago and the minister knows it.",
    ]);
    expect(a.source).toBe("The Island Courier");
    expect(a.publishedAt).toBe("2023-03-12");
    expect(a.titleRange && a.text.slice(...a.titleRange)).toBe(a.title);
  });

  it("reads a byline and drops trailing link lists and footers", () => {
    const a = prepare(
      "By Mira Castell for the Harbour Gazette\n\nThe council voted on Tuesday to close the old pier for repairs.\n\nWork starts next month.\n\n" +
        "Tide Tables For Spring: A Sailor's Guide\nThe Lighthouse Keepers: Stories From The Coast\n© 2023 Harbour Gazette. All rights reserved.",
    );
    expect(a.author).toBe("Mira Castell");
    expect(a.source).toBe("Harbour Gazette");
    expect(a.title).toBeNull();
    expect(bodyText(a)).toEqual([
      "The council voted on Tuesday to close the old pier for repairs.",
      "Work starts next month.",
    ]);
  });

  it("drops photo and wire credits, in brackets or ending a caption", () => {
    const a = prepare(
      "The council voted on Tuesday to close the old pier for repairs.\n\n" +
        "[Photo: The old pier at low tide. Credit: Tomasz Wierzba]\n\n" +
        "Fishermen gather on the quay before dawn. Photo: Ines Varga / Coast Images\n\n" +
        "Work starts next month.\n\n(Reporting by Lea Moreau; Editing by Karl Dunn)",
    );
    expect(bodyText(a)).toEqual([
      "The council voted on Tuesday to close the old pier for repairs.",
      "Work starts next month.",
    ]);
  });

  it("takes the dateline off the first paragraph", () => {
    const a = prepare(
      "Lisbon, PORTONEWS: The port reopened on Monday after the storm.\nShips queued outside the harbour all day.",
    );
    expect(a.dateline).toBe("Lisbon");
    expect(a.source).toBe("PORTONEWS");
    expect(bodyText(a)).toEqual([
      "The port reopened on Monday after the storm.\nShips queued outside the harbour all day.",
    ]);
  });

  it("finds the dateline on the line after a headline it did not recognise", () => {
    const a = prepare(
      "Ferry crews, owners agree pay deal, set goal of $5 mln in savings by 2030\n\nOSLO, March 4. /NORDWIRE/. The ferry crews ended their strike on Thursday, a year after the 2020 dispute.\n",
    );
    expect(a.dateline).toBe("Oslo");
    expect(a.publishedAt).toBe("2021-03-04");
  });
  it("takes a publication date stated near the top", () => {
    const a = prepare(
      "Dam Opens To Traffic\n\nFebruary 3, 2021\n\nThe new dam opened to traffic this morning, officials said on the radio.",
    );
    expect(a.publishedAt).toBe("2021-02-03");
    expect(bodyText(a)).toEqual([
      "The new dam opened to traffic this morning, officials said on the radio.",
    ]);
  });

  it("prefers given metadata and derives stable ids", () => {
    const text =
      "Valley Water Deal\n\nThe two towns agreed to share the valley's water for another decade.";
    const a = prepare(text, {
      title: "Valley Water Deal",
      url: "https://www.news.example/water?utm_source=x",
      publishedAt: "2022-06-01T10:00:00Z",
    });
    expect(a).toMatchObject({
      title: "Valley Water Deal",
      source: "news.example",
      publishedAt: "2022-06-01",
    });
    expect(a.id).toBe(prepare("other text entirely", { url: "https://news.example/water" }).id);
    expect(bodyText(a)).toEqual([
      "The two towns agreed to share the valley's water for another decade.",
    ]);
    const b = prepare(text);
    expect(b.id).toMatch(/^a-[0-9a-f]{16}$/);
    expect(b.id).toBe(prepare(text).id);
    expect(b.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("keeps a marker-like line before any prose out of the comments", () => {
    const a = prepare(
      "12 Comments\n\nThe bridge will reopen in May after engineers finish their inspection of the cables.",
    );
    expect(a.comments).toEqual([]);
    expect(bodyText(a)).toHaveLength(1);
  });
});

describe("prepareArticle on the seed articles", () => {
  const dir = join(import.meta.dirname, "../../../../seeds");
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"));

  it("finds a body, exact sentence offsets, and comments only where readers posted", () => {
    expect(files.length).toBeGreaterThan(0);
    let withComments = 0;
    for (const file of files) {
      const a = prepare(readFileSync(join(dir, file), "utf8"), { file });
      expect(a.body.length, file).toBeGreaterThan(0);
      const sentences = segmentSentences(a);
      expect(sentences.length, file).toBeGreaterThan(5);
      for (const s of sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
      for (const [cs] of a.comments) for (const [, be] of a.body) expect(cs).toBeGreaterThan(be);
      if (a.comments.length > 0) withComments++;
    }
    expect(withComments).toBe(1);
  });
});

describe("a press release's notes", () => {
  const RELEASE = `PRESS RELEASE

The ministers of the two republics signed a fisheries accord in the capital on Monday, ending a dispute that had lasted for several seasons.

The accord sets quotas for each fleet and creates a joint commission that will meet twice a year to review the catch.

"This is a good day for both our peoples," the foreign minister said after the signing ceremony.

-ENDS-

About the Coastal Fisheries Council
The Council was founded in 1980. Its members are Atlantis, Lemuria and Mu.

Media inquiries: press office, +00 000 000`;

  it("ends the text at the end mark: what follows is no body and no comment", () => {
    const a = prepare(RELEASE);
    const body = bodyText(a).join(" ");
    expect(body).toContain("joint commission");
    expect(body).not.toContain("Lemuria");
    expect(body).not.toContain("Media inquiries");
    expect(commentText(a)).toEqual([]);
  });

  it("ends it at a notes heading near the end even without an end mark", () => {
    const a = prepare(RELEASE.replace("-ENDS-\n\n", ""));
    expect(bodyText(a).join(" ")).not.toContain("Lemuria");
  });

  it("keeps a paragraph that opens with 'About' as text", () => {
    const a = prepare(
      RELEASE.replace(
        "-ENDS-\n\nAbout the Coastal Fisheries Council\n",
        "About 300 boats fish these waters each season, officials said.\n",
      ),
    );
    expect(bodyText(a).join(" ")).toContain("About 300 boats");
  });
});
