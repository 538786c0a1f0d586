// The YAML files one kind of KB entry is spread over: `persons.yaml` plus any
// `persons-<part>.yaml` beside it (persons-world.yaml, ...), so analysts can add coverage in
// files of their own without editing, or colliding on, the main one.
import { readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * `<dir>/<kind>.yaml` first (it must exist), then every `<kind>-<part>.yaml` in name order, so
 * loading, and which of two clashing entries is reported, never depends on the file system.
 */
export function listDataFiles(dir: string, kind: string): string[] {
  const part = new RegExp(`^${kind}-[a-z0-9]+(?:-[a-z0-9]+)*\\.yaml$`);
  const extra = readdirSync(dir)
    .filter((name) => part.test(name))
    .sort();
  return [`${kind}.yaml`, ...extra].map((name) => join(dir, name));
}
