import { describe, expect, it } from "vitest";
import {
  datePrecision,
  datesAgree,
  eventsCompatible,
  mergedKind,
  type EventReport,
} from "./events-compatible.ts";

const meeting = (over: Partial<EventReport>): EventReport => ({
  kind: "MEETING",
  dateText: "2023-05-10",
  countries: ["france"],
  participants: ["a", "b"],
  ...over,
});

describe("eventsCompatible", () => {
  it("joins reports of one meeting at different date precisions", () => {
    expect(
      eventsCompatible(
        meeting({}),
        meeting({ kind: "SUMMIT", dateText: "2023-05", participants: ["a", "b", "c"] }),
      ),
    ).toBe(true);
  });
  it("keeps apart meetings in different months, places or kinds", () => {
    expect(eventsCompatible(meeting({}), meeting({ dateText: "2023-06" }))).toBe(false);
    expect(eventsCompatible(meeting({}), meeting({ countries: ["spain"] }))).toBe(false);
    expect(eventsCompatible(meeting({}), meeting({ kind: "SANCTIONS" }))).toBe(false);
  });
  it("needs two shared participants, or one on the same day in the same place", () => {
    expect(
      eventsCompatible(meeting({}), meeting({ participants: ["a", "z"], dateText: "2023-05" })),
    ).toBe(false);
    expect(eventsCompatible(meeting({}), meeting({ participants: ["a", "z"] }))).toBe(true);
  });
  it("treats an unknown date as agreeing", () => {
    expect(datesAgree(null, "2020")).toBe(true);
    expect(datesAgree("2020-01", "2020-02")).toBe(false);
  });
});

describe("merged event properties", () => {
  it("shows the most specific kind and knows date precision", () => {
    expect(mergedKind(["MEETING", "SUMMIT", "VISIT"])).toBe("SUMMIT");
    expect(datePrecision("2024-10")).toBe("month");
    expect(datePrecision("2024-10-01")).toBe("day");
    expect(datePrecision(null)).toBeNull();
  });
});
