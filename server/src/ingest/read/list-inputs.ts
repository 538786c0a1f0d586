// Expands the paths a user gave into input files: folders recursively, in sorted order, only
// the article formats the readers understand. Anything else in a folder is skipped with a note.
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join } from "node:path";

export type InputFormat = "txt" | "md" | "html" | "json" | "jsonl";

export type ListedInput =
  | { kind: "file"; path: string; format: InputFormat; size: number }
  | { kind: "stdin" }
  | { kind: "error"; path: string; reason: string };

const FORMATS: Record<string, InputFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export function formatOf(path: string): InputFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

export async function* listInputs(
  paths: string[],
  note: (message: string) => void,
): AsyncGenerator<ListedInput> {
  for (const path of paths) {
    if (path === "-") {
      yield { kind: "stdin" };
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: "error", path, reason: fsReason(err) };
      continue;
    }
    if (info.isDirectory()) {
      yield* walk(path, new Set([await realpath(path)]), note);
      continue;
    }
    const format = formatOf(path);
    if (!info.isFile()) yield { kind: "error", path, reason: "not a regular file" };
    else if (format === null) {
      yield {
        kind: "error",
        path,
        reason: `unsupported file type "${extname(path) || "(none)"}"; use .txt, .md, .html, .json or .jsonl`,
      };
    } else yield { kind: "file", path, format, size: info.size };
  }
}

async function* walk(
  dir: string,
  seen: Set<string>,
  note: (message: string) => void,
): AsyncGenerator<ListedInput> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch (err) {
    yield { kind: "error", path: dir, reason: fsReason(err) };
    return;
  }
  for (const name of names) {
    // Hidden files and dependency folders are never articles.
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      yield { kind: "error", path, reason: fsReason(err) };
      continue;
    }
    if (info.isDirectory()) {
      const real = await realpath(path);
      if (seen.has(real)) continue;
      seen.add(real);
      yield* walk(path, seen, note);
      continue;
    }
    const format = formatOf(path);
    if (format === null || !info.isFile())
      note(`skipped ${path} (not an article file: .txt .md .html .json .jsonl)`);
    else yield { kind: "file", path, format, size: info.size };
  }
}

export function fsReason(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied; check the file's permissions";
    case "EISDIR":
      return "is a folder";
    case "ELOOP":
      return "too many symbolic links";
    default:
      return `cannot read: ${err instanceof Error ? err.message : String(err)}`;
  }
}
