// A Config pointed at the integration tests' Neo4j, so the CLIs take their real connection path.
import { inject } from "vitest";
import { loadConfig, type Config } from "../../config.ts";

export function testConfig(): Config {
  const password = inject("neo4jPassword");
  return loadConfig({
    NEO4J_URI: inject("neo4jUri"),
    ...(password ? { NEO4J_USER: inject("neo4jUser"), NEO4J_PASSWORD: password } : {}),
  });
}
