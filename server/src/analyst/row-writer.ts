// Writes query rows in one of the CLI's output formats. JSON, JSONL and CSV stream row by row;
// the table and Markdown formats need every row first to align their columns.
import { csvLine } from "./csv-line.ts";
import { clip, display } from "./display-value.ts";
import { formatMarkdown } from "./format-markdown.ts";
import { formatTable } from "./format-table.ts";
import type { Plain } from "./to-plain.ts";

export const OUTPUT_FORMATS = ["table", "json", "jsonl", "csv", "markdown"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface TextSink {
  write(chunk: string): unknown;
}

export interface RowWriter {
  row(values: Plain[]): void;
  end(): void;
}

export interface RowWriterOptions {
  /** Table cells longer than this are cut with an ellipsis (0 = never). */
  maxWidth?: number;
}

function record(keys: string[], values: Plain[]): Record<string, Plain> {
  return Object.fromEntries(keys.map((key, i) => [key, values[i] ?? null]));
}

export function createRowWriter(
  format: OutputFormat,
  keys: string[],
  out: TextSink,
  options: RowWriterOptions = {},
): RowWriter {
  const buffered: string[][] = [];
  let count = 0;
  switch (format) {
    case "json":
      return {
        row(values) {
          out.write(`${count++ === 0 ? "[\n" : ",\n"}  ${JSON.stringify(record(keys, values))}`);
        },
        end() {
          out.write(count === 0 ? "[]\n" : "\n]\n");
        },
      };
    case "jsonl":
      return {
        row(values) {
          out.write(`${JSON.stringify(record(keys, values))}\n`);
        },
        end() {},
      };
    case "csv":
      out.write(csvLine(keys));
      return {
        row(values) {
          out.write(csvLine(values.map((value) => (value === null ? "" : display(value)))));
        },
        end() {},
      };
    case "table":
    case "markdown":
      return {
        row(values) {
          const max = format === "table" ? (options.maxWidth ?? 100) : 0;
          buffered.push(values.map((value) => clip(display(value), max)));
        },
        end() {
          out.write(
            format === "table" ? formatTable(keys, buffered) : formatMarkdown(keys, buffered),
          );
        },
      };
  }
}
