// Reads article files, folders and stdin one article at a time (a large corpus is never held
// in memory), turning each into a RawArticle or a one-line error for that file or JSONL line.
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { ExtractionError, RawArticle } from "../types.ts";
import { byteLines, formatBytes } from "./byte-lines.ts";
import type { ByteLine } from "./byte-lines.ts";
import { decodeText } from "./decode-text.ts";
import { htmlToText } from "./html-to-text.ts";
import { jsonArticle, parseJson } from "./json-article.ts";
import { fsReason, listInputs } from "./list-inputs.ts";
import type { InputFormat } from "./list-inputs.ts";
import { markdownToText } from "./markdown-to-text.ts";

export type ReadResult = { ok: true; raw: RawArticle } | { ok: false; error: ExtractionError };

export interface ReadOptions {
  /** Largest article accepted, in bytes (a JSONL file is limited per line). Default 5 MiB. */
  maxBytes?: number;
  /** Receives notes that are not errors, such as files skipped in a folder. */
  onNote?: (message: string) => void;
  /** Stream read for "-"; defaults to process.stdin. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
const STDIN = "<stdin>";

const fail = (file: string, reason: string): ReadResult => ({ ok: false, error: { file, reason } });
const tooBig = (size: number, max: number): string =>
  `${formatBytes(size)}, over the ${formatBytes(max)} limit; raise it with --max-bytes`;

export async function* readInputs(
  paths: string[],
  opts: ReadOptions = {},
): AsyncGenerator<ReadResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const note = opts.onNote ?? (() => undefined);
  for await (const input of listInputs(paths, note)) {
    if (input.kind === "error") yield fail(input.path, input.reason);
    else if (input.kind === "stdin") yield* readStdin(opts.stdin ?? process.stdin, maxBytes);
    else if (input.format === "jsonl")
      yield* readJsonl(input.path, byteLines(streamFile(input.path), maxBytes), maxBytes);
    else if (input.size > maxBytes) yield fail(input.path, tooBig(input.size, maxBytes));
    else {
      let bytes: Uint8Array;
      try {
        bytes = await readFile(input.path);
      } catch (err) {
        yield fail(input.path, fsReason(err));
        continue;
      }
      yield* fromBytes(input.path, bytes, input.format);
    }
  }
}

async function* streamFile(path: string): AsyncGenerator<Uint8Array> {
  yield* createReadStream(path) as AsyncIterable<Uint8Array>;
}

/** One whole document of a known format. */
export function* fromBytes(
  file: string,
  bytes: Uint8Array,
  format: Exclude<InputFormat, "jsonl">,
): Generator<ReadResult> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return yield fail(file, decoded.reason);
  const text = decoded.text;
  if (format === "txt") return yield { ok: true, raw: { file, format, text } };
  if (format === "md" || format === "html") {
    const page = format === "md" ? markdownToText(text) : htmlToText(text);
    if (page.text.trim() === "")
      return yield fail(file, `no readable text in the ${format === "md" ? "Markdown" : "HTML"}`);
    return yield { ok: true, raw: { ...page, file, format } };
  }
  const parsed = parseJson(text);
  if (!parsed.ok) return yield fail(file, parsed.reason);
  // An array of article objects is accepted too; each element is reported as file#index.
  const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  if (items.length === 0) return yield fail(file, "empty JSON array: no articles");
  for (const [i, value] of items.entries()) {
    const name = Array.isArray(parsed.value) ? `${file}#${i + 1}` : file;
    const article = jsonArticle(value, name);
    yield article.ok ? article : fail(name, article.reason);
  }
}

async function* readJsonl(
  file: string,
  lines: AsyncIterable<ByteLine>,
  maxBytes: number,
): AsyncGenerator<ReadResult> {
  let any = false;
  try {
    for await (const line of lines) {
      const result = jsonlLine(file, line, maxBytes);
      if (result) {
        any = true;
        yield result;
      }
    }
  } catch (err) {
    yield fail(file, fsReason(err));
    return;
  }
  if (!any) yield fail(file, "empty file (no JSON lines)");
}

function jsonlLine(file: string, line: ByteLine, maxBytes: number): ReadResult | null {
  const name = `${file}#${line.number}`;
  if (line.bytes === null) return fail(name, tooBig(line.size, maxBytes));
  if (line.bytes.every((b) => b === 32 || b === 9 || b === 13)) return null;
  const decoded = decodeText(line.bytes);
  if (!decoded.ok) return fail(name, decoded.reason);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) return fail(name, parsed.reason.replace(/at line 1, column/, "at column"));
  const article = jsonArticle(parsed.value, name);
  return article.ok ? article : fail(name, article.reason);
}

/**
 * Stdin has no file name, so its format is sniffed: a first line that is a whole JSON object
 * means JSONL (streamed line by line); anything else is read whole, up to the size limit.
 */
async function* readStdin(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<ReadResult> {
  const lines = byteLines(stream, maxBytes);
  const kept: Uint8Array[] = [];
  let size = 0;
  for await (const line of lines) {
    if (kept.length === 0 && line.bytes !== null && looksLikeJsonLine(line.bytes)) {
      yield* readJsonl(STDIN, prepend(line, lines), maxBytes);
      return;
    }
    size += line.size + 1;
    if (size > maxBytes + 1) {
      for await (const rest of lines) size += rest.size + 1;
      yield fail(STDIN, tooBig(size - 1, maxBytes));
      return;
    }
    if (line.bytes) kept.push(line.bytes, NEWLINE);
  }
  const bytes = Buffer.concat(kept.slice(0, -1));
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart();
  const format = /^[{[]/.test(text)
    ? "json"
    : /^<|<\/(?:p|div|body|html)>/i.test(text)
      ? "html"
      : /^(---\n|#{1,6} )/.test(text)
        ? "md"
        : "txt";
  yield* fromBytes(STDIN, bytes, format);
}

const NEWLINE = new Uint8Array([10]);

function looksLikeJsonLine(bytes: Uint8Array): boolean {
  const text = new TextDecoder().decode(bytes).trim();
  if (!text.startsWith("{") || !text.endsWith("}")) return false;
  return parseJson(text).ok;
}

/** Puts an already read first line back in front of the rest, for the JSONL reader. */
async function* prepend(first: ByteLine, rest: AsyncIterable<ByteLine>): AsyncGenerator<ByteLine> {
  yield first;
  yield* rest;
}
