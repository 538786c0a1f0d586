import { describe, expect, it } from "vitest";
import { InputError } from "./input-error.ts";
import { checkedLimit, decodeCursor, encodeCursor, pageWindow } from "./pagination.ts";

describe("pagination", () => {
  it("round-trips cursors: after the item at offset n comes n + 1", () => {
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(pageWindow(10, encodeCursor(9))).toEqual({ offset: 10, first: 10 });
    expect(pageWindow(undefined, null)).toEqual({ offset: 0, first: 20 });
  });

  it("rejects foreign cursors and out-of-range sizes", () => {
    expect(() => decodeCursor("bm9wZQ")).toThrow(InputError);
    expect(() => pageWindow(0, null)).toThrow(InputError);
    expect(() => pageWindow(101, null)).toThrow(InputError);
    expect(() => checkedLimit(1.5, "limit", 10)).toThrow(InputError);
    expect(checkedLimit(10, "limit", 10)).toBe(10);
  });
});
