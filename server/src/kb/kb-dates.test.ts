import { describe, expect, it } from "vitest";
import { parseKbDate, periodEnd, periodStart } from "./kb-dates.ts";

describe("knowledge-base dates", () => {
  it("accepts ISO dates at year, month and day precision, and bare YAML years", () => {
    expect(parseKbDate("2024-02-29")).toBe("2024-02-29");
    expect(parseKbDate("2024-02")).toBe("2024-02");
    expect(parseKbDate(2024)).toBe("2024");
  });

  it("rejects impossible or malformed dates", () => {
    for (const bad of ["2023-02-29", "2024-13", "24-01-01", "2024/01/01", "", 2024.5, null])
      expect(parseKbDate(bad)).toBeNull();
  });

  it("expands partial dates to their first and last day", () => {
    expect(periodStart("2024")).toBe("2024-01-01");
    expect(periodEnd("2024")).toBe("2024-12-31");
    expect(periodEnd("2023-02")).toBe("2023-02-28");
    expect(periodEnd("2024-02")).toBe("2024-02-29");
  });
});
