// A property value as one text field for CSV and GraphML: lists of plain values joined with
// "; " (readable in a spreadsheet), anything nested as JSON.
import type { Plain } from "./to-plain.ts";

export function propertyText(value: Plain | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if (Array.isArray(value) && value.every((item) => item === null || typeof item !== "object")) {
    return value.map((item) => (item === null ? "" : String(item))).join("; ");
  }
  return JSON.stringify(value);
}
