import { describe, expect, it } from "vitest";
import { prepareArticle } from "./prepare-article.ts";
import { readPageHead } from "./page-head.ts";
import { textLines } from "./text-lines.ts";

const head = (text: string) => {
  const lines = textLines(text);
  const found = readPageHead(lines, lines.length);
  return {
    ...found,
    titleText: found.title === null ? null : (lines[found.title]?.text ?? null),
    furnitureText: [...found.furniture].map((i) => lines[i]?.text),
  };
};

const prepare = (text: string) => prepareArticle({ file: "page.txt", format: "txt", text });

const LEDE =
  "The two ministers met in the port city on Monday and agreed to reopen the border crossing for trucks carrying grain.";

describe("readPageHead", () => {
  it("takes a masthead in capitals as the source and the line after the menu as the title", () => {
    const found = head(
      [
        "THE HARBOUR GAZETTE",
        "World | Europe | Opinion",
        "",
        "Grain trucks roll again as border reopens",
        "",
        "By Ana Pires",
        "3 May 2024",
        "",
        LEDE,
      ].join("\n"),
    );
    expect(found.source).toBe("THE HARBOUR GAZETTE");
    expect(found.titleText).toBe("Grain trucks roll again as border reopens");
    expect(found.furnitureText).toEqual(["THE HARBOUR GAZETTE", "World | Europe | Opinion"]);
  });

  it("reads a blog's tagline author and never takes the tagline for the headline", () => {
    const found = head(
      [
        "RIVER NOTES",
        "Essays on the delta, by Tomas Ekberg",
        "Home | About | Archive",
        "The dam is finished. The quarrel is not.",
        "Posted on 2 June 2023 by Tomas Ekberg | 4 Comments",
        LEDE,
      ].join("\n"),
    );
    expect(found.author).toBe("Tomas Ekberg");
    expect(found.titleText).toBe("The dam is finished. The quarrel is not.");
  });

  it("a tagline without an author above the menu gives way to the headline below it", () => {
    const found = head(
      [
        "Ministry of Coastal Affairs",
        "Government of Somewhere",
        "Home > Press > Releases",
        "Joint statement on the fisheries accord",
        "June 3, 2024",
        LEDE,
      ].join("\n"),
    );
    expect(found.source).toBe("Ministry of Coastal Affairs");
    expect(found.titleText).toBe("Joint statement on the fisheries accord");
    expect(found.furnitureText).toContain("Government of Somewhere");
  });

  it("credits an interviewer and an outlet from a pipe-separated line", () => {
    const found = head(
      [
        '"Nobody wanted the strike. Everybody prepared for it."',
        "Questions on the dockworkers' dispute",
        "Delta Review | 8 March 2025 | Interview by Lena Okafor",
        LEDE,
      ].join("\n"),
    );
    expect(found.titleText).toBe('"Nobody wanted the strike. Everybody prepared for it."');
    expect(found.author).toBe("Lena Okafor");
    expect(found.source).toBe("Delta Review");
  });

  it("takes the name on a credit line without its job title, and a bare name above the date", () => {
    expect(
      head(["Tariffs and the harbour", "Ruth Amari, Senior Fellow", LEDE].join("\n")).author,
    ).toBe("Ruth Amari");
    expect(
      head(
        [
          "Ferries cancelled as storm nears the coast",
          "Piet Koster",
          "3 May 2024, 10:05",
          LEDE,
        ].join("\n"),
      ).author,
    ).toBe("Piet Koster");
  });

  it("a long headline is a headline when a byline follows it, prose when nothing does", () => {
    const headline =
      "Neighbours agree to reopen the border for grain trucks after three months of talks in the port city";
    expect(head([headline, "", "By Ana Pires", "", LEDE].join("\n")).titleText).toBe(headline);
    expect(head([headline, "", LEDE].join("\n")).end).toBe(0);
  });

  it("ends at a dateline and skips consent banners, breadcrumbs and labels", () => {
    const found = head(
      [
        "We use cookies to improve your experience. By continuing you agree to our Cookie Policy. [Accept]",
        "Europe > Ports",
        "Story ID: 99812",
        "Grain trucks roll again as border reopens",
        "PORTO, May 3 (Harbour Wire) - " + LEDE,
      ].join("\n"),
    );
    expect(found.titleText).toBe("Grain trucks roll again as border reopens");
    expect(found.end).toBe(4);
  });
});

describe("prepareArticle with a page head", () => {
  it("fills title, source, author and date, and keeps masthead and menu out of the body", () => {
    const article = prepare(
      [
        "THE HARBOUR GAZETTE",
        "World | Europe | Opinion",
        "",
        "Grain trucks roll again as border reopens",
        "",
        "By Ana Pires, Trade Correspondent",
        "3 May 2024",
        "",
        LEDE,
      ].join("\n"),
    );
    expect(article).toMatchObject({
      title: "Grain trucks roll again as border reopens",
      author: "Ana Pires",
      source: "THE HARBOUR GAZETTE",
      publishedAt: "2024-05-03",
    });
    const body = article.body.map(([s, e]) => article.text.slice(s, e)).join("\n");
    expect(body).not.toContain("GAZETTE");
    expect(body).not.toContain("Opinion");
    // A headline in sentence case is the article's own statement and is read like the body.
    expect(body).toContain("Grain trucks roll again");
    expect(body).toContain(LEDE);
  });

  it("reads a short sentence-case headline full of names as text", () => {
    const article = prepare("Visit\n\nPresident Kovac visited Ankara on Monday.\n");
    const body = article.body.map(([s, e]) => article.text.slice(s, e)).join("\n");
    expect(body).toContain("President Kovac visited Ankara");
  });

  it("does not read a headline set in title case as text", () => {
    const article = prepare(["Neighbours Reopen Border For Grain Trucks", "", LEDE].join("\n"));
    expect(article.title).toBe("Neighbours Reopen Border For Grain Trucks");
    const body = article.body.map(([s, e]) => article.text.slice(s, e)).join("\n");
    expect(body).not.toContain("Neighbours Reopen");
  });

  it("keeps a closing list of participants, which a list of links would not have", () => {
    const article = prepare(
      [
        LEDE,
        "",
        "Northern side: Mr. Ana Pires, Minister; Mr. Piet Koster, Adviser; and others",
      ].join("\n"),
    );
    const body = article.body.map(([s, e]) => article.text.slice(s, e)).join("\n");
    expect(body).toContain("Northern side");
  });

  it("reads a press release: office masthead, a long headline in capitals, a dated dateline", () => {
    const article = prepare(
      [
        "MINISTRY OF COASTAL AFFAIRS OF RURITANIA",
        "",
        "PRESS STATEMENT",
        "",
        "MEETING BETWEEN THE MINISTER OF COASTAL AFFAIRS AND THE PORT AUTHORITY OF THE NORTHERN HARBOUR IN PORTO",
        "",
        "PORTO, 17 April 2025 -- " + LEDE,
      ].join("\n"),
    );
    expect(article).toMatchObject({
      title:
        "MEETING BETWEEN THE MINISTER OF COASTAL AFFAIRS AND THE PORT AUTHORITY OF THE NORTHERN HARBOUR IN PORTO",
      source: "MINISTRY OF COASTAL AFFAIRS OF RURITANIA",
      dateline: "Porto",
    });
  });

  it("takes the outlet of a byline with a job title, and a masthead's name before its section", () => {
    expect(
      prepare(
        [
          "Grain trucks roll again as border reopens",
          "",
          "By Ana Pires, Porto correspondent, for the Harbour Gazette",
          "",
          LEDE,
        ].join("\n"),
      ),
    ).toMatchObject({ author: "Ana Pires", source: "Harbour Gazette" });
    expect(
      prepare(
        [
          "HARBOUR QUARTERLY | ANALYSIS",
          "",
          "The port reopens. The quarrel goes on.",
          "",
          "By Ana Pires",
          "",
          LEDE,
        ].join("\n"),
      ).source,
    ).toBe("HARBOUR QUARTERLY");
  });

  it("takes the first of two places a wire dateline joins with a slash", () => {
    const article = prepare("Ports reopen\n\nPORTO/LISBON, Jan 2 (Harbour Wire) - " + LEDE + "\n");
    expect(article).toMatchObject({ dateline: "Porto", source: "Harbour Wire" });
  });
});
