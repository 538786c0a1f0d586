import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "./read-inputs.ts";
import type { ReadOptions, ReadResult } from "./read-inputs.ts";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "read-inputs-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, ".."), { recursive: true });
  await writeFile(path, content);
  return path;
}

async function all(paths: string[], opts: ReadOptions = {}): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readInputs(paths, opts)) out.push(r);
  return out;
}

const errorOf = async (path: string, opts?: ReadOptions): Promise<string> => {
  const [r] = await all([path], opts);
  if (!r || r.ok) throw new Error(`expected an error for ${path}`);
  return r.error.reason;
};

describe("readInputs", () => {
  it("reads text, normalising BOM and line endings", async () => {
    const path = await put("a.txt", "\ufeffFirst line\r\nSecond line\rThird");
    const [r] = await all([path]);
    expect(r).toEqual({
      ok: true,
      raw: { file: path, format: "txt", text: "First line\nSecond line\nThird" },
    });
  });

  it("reads a JSON article with its metadata and alternative field names", async () => {
    const path = await put(
      "b.json",
      JSON.stringify({
        headline: "Harbour deal",
        content: "Body text.",
        link: "https://x.example/a",
        author: { name: "R. Vale" },
        date: "2021-05-04T10:00:00Z",
      }),
    );
    const [r] = await all([path]);
    expect(r?.ok && r.raw).toMatchObject({
      format: "json",
      title: "Harbour deal",
      text: "Body text.",
      url: "https://x.example/a",
      author: "R. Vale",
      publishedAt: "2021-05-04T10:00:00Z",
    });
  });

  it("reads JSONL line by line; a bad line fails alone", async () => {
    const path = await put(
      "c.jsonl",
      '{"text":"One."}\n\n{"text": oops}\n{"title":"no text"}\n{"body":"Four."}\n',
    );
    const results = await all([path]);
    expect(results.map((r) => (r.ok ? r.raw.file : r.error.file))).toEqual([
      `${path}#1`,
      `${path}#3`,
      `${path}#4`,
      `${path}#5`,
    ]);
    expect(results[1]).toMatchObject({
      ok: false,
      error: { reason: expect.stringMatching(/^malformed JSON at column \d+/) },
    });
    expect(results[2]).toMatchObject({
      ok: false,
      error: { reason: expect.stringMatching(/no article text/) },
    });
    expect(results[3]).toMatchObject({ ok: true, raw: { text: "Four." } });
  });

  it("extracts readable text and metadata from HTML", async () => {
    const html = `<html><head><title>Page | Site</title><meta property="og:site_name" content="Coast News">
      <meta property="article:published_time" content="2022-03-01T08:00:00Z"></head><body><nav>Home News</nav>
      <article><h1>Ferry Strike Ends</h1><p>Workers &amp; owners agreed&nbsp;terms.</p><script>var x = 1;</script>
      <aside>Related: other story</aside><p>Service resumes <b>today</b>.</p><footer>© Coast News</footer></article></body></html>`;
    const [r] = await all([await put("d.html", html)]);
    expect(r?.ok && r.raw).toMatchObject({
      format: "html",
      title: "Ferry Strike Ends",
      source: "Coast News",
      publishedAt: "2022-03-01T08:00:00Z",
      text: "Ferry Strike Ends\n\nWorkers & owners agreed\u00a0terms.\n\nService resumes today.",
    });
  });

  it("turns Markdown into plain text with front matter as metadata", async () => {
    const md =
      "---\ntitle: Dam Opens\nauthor: K. Osei\ndate: 2020-02-02\n---\n# Dam Opens\n\nThe **new** dam [opened](http://x) on time.\n";
    const [r] = await all([await put("e.md", md)]);
    expect(r?.ok && r.raw).toMatchObject({
      format: "md",
      title: "Dam Opens",
      author: "K. Osei",
      publishedAt: "2020-02-02",
      text: "Dam Opens\n\nThe new dam opened on time.",
    });
  });

  it("walks folders recursively in sorted order and notes skipped files", async () => {
    const root = join(dir, "tree");
    await put("tree/b/two.txt", "Two.");
    await put("tree/a.txt", "One.");
    await put("tree/c.csv", "x,y");
    await put("tree/.hidden.txt", "Hidden.");
    const notes: string[] = [];
    const results = await all([root], { onNote: (m) => notes.push(m) });
    expect(results.map((r) => r.ok && r.raw.text)).toEqual(["One.", "Two."]);
    expect(notes).toEqual([expect.stringContaining("c.csv")]);
  });

  it("gives one-line errors for bad files", async () => {
    expect(await errorOf(await put("empty.txt", ""))).toMatch(/^empty file/);
    expect(await errorOf(await put("blank.txt", "  \n\n"))).toMatch(/only whitespace/);
    expect(await errorOf(await put("bin.txt", new Uint8Array([72, 0, 1, 2, 3])))).toMatch(
      /^binary file/,
    );
    expect(
      await errorOf(
        await put(
          "ctl.txt",
          new Uint8Array(Array.from({ length: 50 }, (_, i) => (i % 2 ? 65 : 7))),
        ),
      ),
    ).toMatch(/^binary file/);
    expect(await errorOf(await put("latin1.txt", new Uint8Array([72, 105, 0xe9, 33])))).toBe(
      "invalid UTF-8 at byte 2; re-save it as UTF-8",
    );
    expect(await errorOf(await put("bad.json", '{\n  "text": "x",\n  oops\n}'))).toMatch(
      /^malformed JSON at line 3, column 3/,
    );
    expect(await errorOf(await put("notext.json", '{"title": "Only a title"}'))).toMatch(
      /no article text/,
    );
    expect(await errorOf(await put("big.txt", "word ".repeat(100)), { maxBytes: 100 })).toMatch(
      /^500 bytes, over the 100 bytes limit; raise it with --max-bytes/,
    );
    expect(await errorOf(join(dir, "missing.txt"))).toBe("no such file or folder");
    expect(await errorOf(await put("data.csv", "a,b"))).toMatch(/unsupported file type/);
  });

  it("keeps going after a bad file", async () => {
    const results = await all([
      await put("ok1.txt", "Fine."),
      join(dir, "nope.txt"),
      await put("ok2.txt", "Also fine."),
    ]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
  });

  it("reads stdin, sniffing JSONL, JSON, HTML or text", async () => {
    const stdin = (s: string) => ({ stdin: Readable.from([Buffer.from(s)]) });
    const jsonl = await all(["-"], stdin('{"text":"A."}\n{"text":"B."}\n'));
    expect(jsonl.map((r) => r.ok && [r.raw.file, r.raw.text])).toEqual([
      ["<stdin>#1", "A."],
      ["<stdin>#2", "B."],
    ]);
    const json = await all(["-"], stdin('{\n "text": "Pretty."\n}\n'));
    expect(json.map((r) => r.ok && r.raw.text)).toEqual(["Pretty."]);
    const html = await all(["-"], stdin("<p>Para one.</p><p>Para two.</p>"));
    expect(html.map((r) => r.ok && r.raw.text)).toEqual(["Para one.\n\nPara two."]);
    const text = await all(["-"], stdin("Plain words.\nMore words.\n"));
    expect(text.map((r) => r.ok && [r.raw.format, r.raw.text])).toEqual([
      ["txt", "Plain words.\nMore words."],
    ]);
    const big = await all(["-"], { ...stdin("x".repeat(300)), maxBytes: 100 });
    expect(big).toMatchObject([
      {
        ok: false,
        error: { file: "<stdin>", reason: expect.stringMatching(/over the 100 bytes limit/) },
      },
    ]);
  });
});
