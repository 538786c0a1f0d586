// Splits a byte stream into lines without holding more than one line in memory, so a JSONL
// corpus of any size streams. A line longer than the limit is reported by size, not kept.

export interface ByteLine {
  /** 1-based line number. */
  number: number;
  /** Null when the line was longer than the limit. */
  bytes: Uint8Array | null;
  size: number;
}

export async function* byteLines(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let number = 0;
  const take = (): ByteLine => {
    number++;
    const line: ByteLine = { number, bytes: size > maxBytes ? null : concat(parts, size), size };
    parts = [];
    size = 0;
    return line;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    add(chunk.subarray(from));
  }
  if (size > 0) yield take();

  function add(piece: Uint8Array): void {
    if (piece.length === 0) return;
    if (size <= maxBytes) parts.push(piece);
    size += piece.length;
    if (size > maxBytes) parts = [];
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, "")} MiB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, "")} KiB`;
  return `${n} bytes`;
}
