import { describe, expect, it } from "vitest";
import { boltUri, ConfigError, loadConfig } from "./config.ts";

describe("loadConfig", () => {
  it("has sane defaults: embedded Neo4j on loopback, API on 4000", () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeNull();
    expect(config.port).toBe(4000);
    expect(config.host).toBe("127.0.0.1");
    expect(boltUri(config)).toBe("bolt://127.0.0.1:7687");
    expect(config.ingestToken).toBeNull();
    expect(config.introspection).toBe(true);
  });

  it("uses NEO4J_URI when set", () => {
    const config = loadConfig({
      NEO4J_URI: "neo4j+s://example.databases.neo4j.io",
      NEO4J_USER: "u",
      NEO4J_PASSWORD: "p",
    });
    expect(boltUri(config)).toBe("neo4j+s://example.databases.neo4j.io");
    expect(config.neo4j.user).toBe("u");
  });

  it.each([
    [{ PORT: "99999" }, /PORT=99999/],
    [{ PORT: "abc" }, /PORT=abc/],
    [{ NEO4J_URI: "http://localhost:7474" }, /not a Neo4j URI/],
    [{ NEO4J_URI: "bolt://h:7687", NEO4J_USER: "u" }, /NEO4J_PASSWORD/],
    [{ LOG_LEVEL: "loud" }, /LOG_LEVEL/],
    [{ NEO4J_HEAP: "lots" }, /NEO4J_HEAP/],
    [{ GRAPHQL_INTROSPECTION: "maybe" }, /GRAPHQL_INTROSPECTION/],
  ])("rejects %o with a message naming the variable", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });

  it("turns introspection off in production unless asked", () => {
    expect(loadConfig({ NODE_ENV: "production" }).introspection).toBe(false);
    expect(
      loadConfig({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).introspection,
    ).toBe(true);
  });
});
