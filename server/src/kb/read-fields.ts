// Typed field readers for YAML entries. Each failure names the file, the entry and the field,
// because the data is edited by hand and a bare "expected string" helps nobody.
import { parseKbDate } from "./kb-dates.ts";
import { KnowledgeBaseError } from "./kb-error.ts";

export type Raw = Record<string, unknown>;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export class FieldReader {
  constructor(
    readonly file: string,
    readonly entry: string,
  ) {}

  fail(problem: string): never {
    throw new KnowledgeBaseError(this.file, this.entry, problem);
  }

  checkKeys(raw: Raw, allowed: readonly string[]): void {
    for (const key of Object.keys(raw))
      if (!allowed.includes(key))
        this.fail(`unknown field "${key}" (allowed: ${allowed.join(", ")})`);
  }

  string(raw: Raw, key: string): string {
    const v = raw[key];
    if (typeof v !== "string" || v.trim() === "") this.fail(`"${key}" must be a non-empty string`);
    return v.trim();
  }

  id(raw: Raw, key: string): string {
    const v = this.string(raw, key);
    if (!ID.test(v))
      this.fail(`"${key}" must be a kebab-case id (a-z, 0-9, single hyphens), got "${v}"`);
    return v;
  }

  optionalId(raw: Raw, key: string): string | null {
    return raw[key] === undefined || raw[key] === null ? null : this.id(raw, key);
  }

  optionalString(raw: Raw, key: string): string | undefined {
    return raw[key] === undefined || raw[key] === null ? undefined : this.string(raw, key);
  }

  flag(raw: Raw, key: string): boolean {
    const v = raw[key];
    if (v === undefined || v === null) return false;
    if (typeof v !== "boolean")
      this.fail(`"${key}" must be true or false, got ${JSON.stringify(v)}`);
    return v;
  }

  strings(raw: Raw, key: string): string[] {
    const v = raw[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) this.fail(`"${key}" must be a list`);
    return v.map((item, i) => {
      // YAML reads unquoted numbers and booleans ("No", "1") as such; names are always text.
      if (typeof item !== "string" || item.trim() === "")
        this.fail(
          `"${key}"[${i}] must be a non-empty string (quote it in YAML), got ${JSON.stringify(item)}`,
        );
      return item.trim();
    });
  }

  date(raw: Raw, key: string): string | null {
    const v = raw[key];
    if (v === undefined || v === null) return null;
    const date = parseKbDate(v);
    if (date === null)
      this.fail(
        `"${key}" must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(v)}`,
      );
    return date;
  }

  record(value: unknown, what: string): Raw {
    if (typeof value !== "object" || value === null || Array.isArray(value))
      this.fail(`${what} must be a mapping`);
    return value as Raw;
  }
}
