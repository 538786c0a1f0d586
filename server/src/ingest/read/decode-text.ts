// Turns the bytes of one input into normalised text, or a one-line reason why it is not text:
// every offset the pipeline reports refers to what this returns.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Strips a BOM and turns CRLF and lone CR into LF. */
export function normaliseText(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file (0 bytes)" };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: "UTF-16 encoded; re-save it as UTF-8" };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    return { ok: false, reason: `binary file (NUL byte at offset ${nul}); expected UTF-8 text` };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return {
      ok: false,
      reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}; re-save it as UTF-8`,
    };
  }
  if (controlShare(text) > 0.01)
    return { ok: false, reason: "binary file (mostly control characters); expected text" };
  text = normaliseText(text);
  if (text.trim() === "") return { ok: false, reason: "no text (the file holds only whitespace)" };
  return { ok: true, text };
}

/** Share of control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 127) bad++;
  }
  return bad / n;
}

/** Byte offset of the first malformed sequence, only computed once decoding has failed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    const len =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    if (len === 0) return i;
    if (len > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + len));
      } catch {
        return i;
      }
    }
    i += len;
  }
  return i;
}
