import { describe, expect, it } from "vitest";
import { TOKEN_RE, tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it("scans exactly the tokens its reference expression matches", () => {
    const samples = [
      "The U.S. and U.K. met; U.Sx A.b. É.Ü. Σ.Ω. stayed.",
      "Iran's drones, it’s late, 's and 'sé — “quoted” ‘single’ (brackets) 1,200 km",
      "Erdoğan, Zürich, Ǆemal, ٣٤ units, नमस्ते, 𝐀𝐁C 😀x\u00a0nbsp\u2028line\ufeffbom \ud800 lone",
    ];
    for (const text of samples) {
      const ref = [...text.matchAll(TOKEN_RE)].map((m) => [
        m[0],
        m.index,
        m[1] !== undefined || m[2] !== undefined,
      ]);
      expect(tokenize(text).map((t) => [t.text, t.start, t.isWord])).toEqual(ref);
    }
  });
  it("offsets tokens and reuses cached shapes without sharing offsets", () => {
    const [a, b] = [tokenize("Putin met", 10), tokenize("Putin met", 50)];
    expect(a[0]).toMatchObject({ text: "Putin", start: 10, end: 15, cap: true, lower: "putin" });
    expect(b[0]).toMatchObject({ start: 50, end: 55 });
  });
});
