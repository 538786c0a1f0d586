import { Kind } from "graphql";
import { describe, expect, it } from "vitest";
import { DateScalar, DateTimeScalar } from "./scalars.ts";

describe("Date and DateTime scalars", () => {
  it("accept ISO values", () => {
    expect(DateScalar.parseValue("2024-02-29")).toBe("2024-02-29");
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: "2024-01-31" })).toBe("2024-01-31");
    expect(DateTimeScalar.parseValue("2024-10-01T12:00:00Z")).toBe("2024-10-01T12:00:00Z");
  });

  it("reject impossible or malformed values as BAD_USER_INPUT", () => {
    for (const value of ["2023-02-29", "2024-13-01", "24-1-1", 20240101]) {
      expect(() => DateScalar.parseValue(value)).toThrow(/Date|calendar/);
    }
    try {
      DateTimeScalar.parseValue("yesterday");
    } catch (error) {
      expect((error as { extensions: { code: string } }).extensions.code).toBe("BAD_USER_INPUT");
    }
  });
});
