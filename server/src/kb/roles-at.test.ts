import { describe, expect, it } from "vitest";
import { rolesAt } from "./roles-at.ts";
import type { KbRole } from "./types.ts";

const role = (from: string | null, to: string | null, name = "President"): KbRole => ({
  role: name,
  of: "x",
  from,
  to,
});
const person = (...roles: KbRole[]): { roles: KbRole[] } => ({ roles });

describe("rolesAt", () => {
  const p = person(role("2021-08-03", "2024-05-19"));

  it("includes both boundary days and nothing outside", () => {
    expect(rolesAt(p, "2021-08-03")).toHaveLength(1);
    expect(rolesAt(p, "2024-05-19")).toHaveLength(1);
    expect(rolesAt(p, "2021-08-02")).toHaveLength(0);
    expect(rolesAt(p, "2024-05-20")).toHaveLength(0);
  });

  it("treats partial role dates as whole periods", () => {
    const q = person(role("2019", "2020-02"));
    expect(rolesAt(q, "2019-01-01")).toHaveLength(1);
    expect(rolesAt(q, "2020-02-29")).toHaveLength(1);
    expect(rolesAt(q, "2020-03-01")).toHaveLength(0);
  });

  it("matches a partial query date against any overlapping role", () => {
    expect(rolesAt(p, "2024")).toHaveLength(1);
    expect(rolesAt(p, "2021-07")).toHaveLength(0);
    expect(rolesAt(p, "2021-08")).toHaveLength(1);
  });

  it("treats open ends as open", () => {
    const q = person(role(null, "2000-01-01"), role("2010-01-01", null, "Leader"));
    expect(rolesAt(q, "1950-06-01").map((r) => r.to)).toEqual(["2000-01-01"]);
    expect(rolesAt(q, "2099-01-01").map((r) => r.role)).toEqual(["Leader"]);
  });

  it("returns current roles for a null date", () => {
    const q = person(role("2001", "2005"), role("2010", null, "Leader"));
    expect(rolesAt(q, null).map((r) => r.role)).toEqual(["Leader"]);
  });
});
