import { describe, expect, it } from "vitest";
import { datelineYear } from "./dateline-year.ts";
import { parseDateline } from "./article-head.ts";
import { parseDateLine } from "./parse-date-line.ts";

describe("datelineYear", () => {
  const text = "Ministers met in 2019. Trade doubled in 2021. A second round will be held in 2030.";
  it("takes the first year from the latest past year on which the lead's weekday falls", () => {
    // 9 March 2022 was a Wednesday; 9 March 2021 a Tuesday.
    expect(datelineYear("March 9", "Ministers met on Wednesday in Lisbon.", text)).toBe(
      "2022-03-09",
    );
    expect(datelineYear("9 March", "Ministers met on Tuesday in Lisbon.", text)).toBe("2021-03-09");
  });
  it("gives no date without a weekday or a past year", () => {
    expect(datelineYear("March 9", "Ministers met in Lisbon.", text)).toBeNull();
    expect(
      datelineYear("March 9", "Ministers met on Wednesday.", "A summit will be held in 2030."),
    ).toBeNull();
  });
  it("reads the date of a wire dateline", () => {
    expect(parseDateline("OSLO, March 3 (Wire) — Talks began.")?.date).toBe("March 3");
    expect(parseDateline("OSLO (Wire) — Talks began.")?.date ?? null).toBeNull();
  });
});

describe("parseDateLine sign-offs and headers", () => {
  it("reads a place-and-outlet sign-off and a header part that is a date", () => {
    expect(parseDateLine("Lisbon, Harbour Wire Agency, March 3, 2021")?.publishedAt).toBe(
      "2021-03-03",
    );
    expect(parseDateLine("ISSUE NOTE | Ports Programme | June 2022")?.publishedAt).toBe("2022-06");
    expect(parseDateLine("Talks in Lisbon, Portugal, ended on 3 March 2021")).toBeNull();
    expect(parseDateLine("Menu | Home | News")).toBeNull();
  });
});
