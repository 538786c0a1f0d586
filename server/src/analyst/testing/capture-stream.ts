// A writable stream that keeps what was written, standing in for stdout/stderr in CLI tests.
import { PassThrough } from "node:stream";

export interface Captured {
  stream: PassThrough & { isTTY?: boolean };
  text(): string;
}

export function captureStream(isTTY = false): Captured {
  const stream: PassThrough & { isTTY?: boolean } = new PassThrough();
  stream.isTTY = isTTY;
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
  return { stream, text: () => text };
}
