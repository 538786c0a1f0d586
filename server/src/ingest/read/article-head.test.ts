import { describe, expect, it } from "vitest";
import { looksLikeHeadline, parseAttribution, parseByline, parseDateline } from "./article-head.ts";
import { parseDateLine } from "./parse-date-line.ts";

describe("parseByline", () => {
  it("reads author and source", () => {
    expect(parseByline("By Mira Castell for the Harbour Gazette")).toEqual({
      author: "Mira Castell",
      source: "Harbour Gazette",
      publishedAt: null,
    });
    expect(parseByline("By Tomasz Wren | 3 May 2021")).toEqual({
      author: "Tomasz Wren",
      source: null,
      publishedAt: "2021-05-03",
    });
    expect(parseByline("By Ana Ruiz, Valley News")).toMatchObject({
      author: "Ana Ruiz",
      source: "Valley News",
    });
    expect(parseByline("By Ana Ruiz, Ben Okoro")).toMatchObject({
      author: "Ana Ruiz, Ben Okoro",
      source: null,
    });
    expect(parseByline("Written by quietfox")).toBeNull();
    expect(parseByline("By contrast, the river rose.")).toBeNull();
  });
});

describe("parseDateline", () => {
  it("reads the common dateline forms", () => {
    expect(parseDateline("Lisbon, PORTONEWS: The port reopened.")).toMatchObject({
      place: "Lisbon",
      source: "PORTONEWS",
    });
    expect(parseDateline("NAIROBI (Wire Service) - Rains fell.")).toMatchObject({
      place: "Nairobi",
      source: "Wire Service",
    });
    expect(parseDateline("OSLO, March 3 (Wire) — Talks began.")).toMatchObject({
      place: "Oslo",
      source: "Wire",
    });
    expect(parseDateline("SANTIAGO — Voters queued.")).toMatchObject({
      place: "Santiago",
      source: null,
    });
    const line = "Lisbon, PORTONEWS: The port reopened.";
    expect(line.slice(parseDateline(line)?.length)).toBe("The port reopened.");
  });

  it("reads a slash-set agency dateline with a year-less date", () => {
    expect(parseDateline("OSLO, March 4. /NORDWIRE/. The port reopened.")).toMatchObject({
      place: "Oslo",
      source: "NORDWIRE",
      date: "March 4",
    });
  });

  it("leaves ordinary sentences alone", () => {
    expect(parseDateline("Lisbon, the capital, was calm: no protests.")).toBeNull();
    expect(parseDateline("The mayor said the port reopened.")).toBeNull();
  });
});

describe("parseAttribution", () => {
  it("reads the source and date of a syndicated report", () => {
    expect(parseAttribution("Based on a report from The Evening Ledger 2023-02-11")).toEqual({
      source: "The Evening Ledger",
      publishedAt: "2023-02-11",
    });
    expect(
      parseAttribution("This article was originally published in Field Notes on 4 April 2022."),
    ).toEqual({ source: "Field Notes", publishedAt: "2022-04-04" });
    expect(parseAttribution("Source: Coastal Wire")).toEqual({
      source: "Coastal Wire",
      publishedAt: null,
    });
    expect(parseAttribution("Based on what we know, nothing changed.")).toBeNull();
  });
});

describe("parseDateLine", () => {
  it("reads labelled dates and lines that are only a date", () => {
    expect(parseDateLine("Published: 9 September 2021")).toEqual({
      publishedAt: "2021-09-09",
      updated: false,
    });
    expect(parseDateLine("Updated Sept. 10, 2021 4:05 p.m. ET")).toEqual({
      publishedAt: "2021-09-10",
      updated: true,
    });
    expect(parseDateLine("Thursday 9 September 2021 10:31 BST")).toEqual({
      publishedAt: "2021-09-09",
      updated: false,
    });
    expect(parseDateLine("The deal of 9 September 2021 held.")).toBeNull();
    expect(parseDateLine("Jane Roe, John Doe  |03.05.2021 - Update : 04.05.2021")).toEqual({
      publishedAt: "2021-05-03",
      updated: false,
    });
  });
});

describe("looksLikeHeadline", () => {
  it("accepts short unpunctuated lines and rejects prose", () => {
    expect(looksLikeHeadline("Ferry Strike Ends After Ten Days")).toBe(true);
    expect(looksLikeHeadline("Why the ferry strike ended?")).toBe(true);
    expect(looksLikeHeadline("The strike ended. The talks did not.")).toBe(true);
    expect(looksLikeHeadline("The strike ended after ten days of talks,")).toBe(false);
    expect(looksLikeHeadline("Menu")).toBe(false);
  });
});
