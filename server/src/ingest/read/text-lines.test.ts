import { describe, expect, it } from "vitest";
import { lineKey } from "./line-kinds.ts";
import { wordCount } from "./text-lines.ts";

// The reference definitions the faster loops must agree with.
const splitCount = (s: string): number =>
  s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const collapsed = (s: string): string => s.replace(/\s+/g, " ");

const SAMPLES = [
  "",
  "   ",
  "One",
  "Two words",
  "  leading and trailing  ",
  "tabs\tand\nnewlines\r\nand\u00a0no-break\u2003em spaces",
  "— – … : | •",
  "Kyiv — Ukraine's president, Volodymyr Zelensky, said 2024 was “decisive”.",
  "İstanbul ışık Straße Łódź Ålesund",
  "北京 和 東京 서울",
  "𝐁𝐨𝐥𝐝 text and 😀 emoji 😀😀",
  "x - y -- z ... 1,000 3.5%",
  "Share on X | Facebook | WhatsApp",
  "word\u200bjoined zero\ufeffwidth",
];

describe("wordCount", () => {
  it("counts runs with a letter or digit exactly as splitting on spaces does", () => {
    for (const s of SAMPLES) expect(wordCount(s), JSON.stringify(s)).toBe(splitCount(s));
  });

  it("agrees on random strings of letters, digits, punctuation and every kind of space", () => {
    const alphabet = [..."aZ9 .,\t\n\u00a0\u2003\u3000—é’ß𝐁😀北-"];
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      const s = Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join(
        "",
      );
      expect(wordCount(s), JSON.stringify(s)).toBe(splitCount(s));
    }
  });
});

describe("lineKey", () => {
  it("collapses every run of whitespace to one space, as /\\s+/g would", () => {
    for (const s of SAMPLES) {
      const t = `x${s}y`;
      expect(lineKey(t)).toBe(collapsed(t).toLowerCase());
    }
    expect(lineKey("• Related   news:")).toBe("related news");
    expect(lineKey("Read\u00a0more")).toBe("read more");
  });
});
