import { describe, expect, it } from "vitest";
import { findDates, parseLooseDate } from "./dates.ts";

const isos = (s: string, at: string | null = null) =>
  findDates(s, at).map((d) => [d.text, d.iso, d.precision]);

describe("findDates", () => {
  it("reads explicit dates in the usual spellings", () => {
    expect(isos("Signed on 3 March 2021 and ratified March 9, 2021.")).toEqual([
      ["3 March 2021", "2021-03-03", "day"],
      ["March 9, 2021", "2021-03-09", "day"],
    ]);
    expect(isos("Filed 2019-11-05, amended 05/12/2019.")).toEqual([
      ["2019-11-05", "2019-11-05", "day"],
      ["05/12/2019", "2019-12-05", "day"],
    ]);
    expect(isos("Talks stalled in April 2020 and resumed in 2023.")).toEqual([
      ["April 2020", "2020-04", "month"],
      ["2023", "2023", "year"],
    ]);
  });

  it("keeps a weekday before a date as part of that date", () => {
    expect(isos("The vote was held on Sunday, 4 June 2023.", "2023-06-10")).toEqual([
      ["4 June 2023", "2023-06-04", "day"],
    ]);
  });

  it("falls back from an impossible day and ignores numbers that are not years", () => {
    // An impossible day falls back to the month it names.
    expect(isos("On 31 February 2021 some 1500 troops and 12 Marines left.")).toEqual([
      ["February 2021", "2021-02", "month"],
    ]);
  });

  it("resolves relative days against the article date", () => {
    // 2023-06-08 is a Thursday.
    expect(isos("The envoy landed on Monday and spoke yesterday.", "2023-06-08")).toEqual([
      ["on Monday", "2023-06-05", "day"],
      ["yesterday", "2023-06-07", "day"],
    ]);
    expect(isos("She left Thursday.", "2023-06-08")).toEqual([["Thursday", "2023-06-08", "day"]]);
    expect(isos("He returns next Thursday.", "2023-06-08")).toEqual([
      ["next Thursday", "2023-06-15", "day"],
    ]);
  });

  it("resolves months and years against the article date", () => {
    expect(isos("The strike last November hurt.", "2023-06-08")).toEqual([
      ["last November", "2022-11", "month"],
    ]);
    expect(isos("The strike last June hurt.", "2023-06-08")).toEqual([
      ["last June", "2022-06", "month"],
    ]);
    expect(isos("It began on April 2.", "2023-06-08")).toEqual([["April 2", "2023-04-02", "day"]]);
    expect(isos("It ended on 20 December.", "2023-03-01")).toEqual([
      ["20 December", "2022-12-20", "day"],
    ]);
    expect(isos("Earlier this month and last year.", "2023-06-08")).toEqual([
      ["Earlier this month", "2023-06", "month"],
      ["last year", "2022", "year"],
    ]);
  });

  it("leaves relative dates out without an article date, and skips weeks", () => {
    expect(isos("He came on Friday, last week.")).toEqual([]);
    expect(isos("He came last week.", "2023-06-08")).toEqual([]);
  });

  it("gives offsets into the sentence", () => {
    const s = "Before that, in 2008, war broke out.";
    for (const d of findDates(s, null)) expect(s.slice(d.start, d.end)).toBe(d.text);
  });
});

describe("parseLooseDate", () => {
  it("parses the date formats pages state", () => {
    expect(parseLooseDate("Wed, 02 Aug 2023 09:15:00 GMT")).toBe("2023-08-02");
    expect(parseLooseDate("2023-08-02T09:15:00+03:00")).toBe("2023-08-02");
    expect(parseLooseDate("August 2, 2023 at 9:15 am")).toBe("2023-08-02");
    expect(parseLooseDate("02.08.2023")).toBe("2023-08-02");
    expect(parseLooseDate("Aug. 2023")).toBe("2023-08");
    expect(parseLooseDate("2023")).toBe("2023");
    expect(parseLooseDate("soon")).toBeNull();
  });
});
