// No Docker engine runs here, so the compose file is checked by structure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../server/src/config.ts";

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[]; interval: string; retries: number };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(PROJECT_ROOT, "docker-compose.yml"), "utf8")) as {
  services: Record<string, Service>;
  volumes: Record<string, unknown>;
};

describe("docker-compose.yml", () => {
  const neo4j = compose.services["neo4j"];
  const api = compose.services["api"];

  it("runs the official Neo4j 5.26 Community image with auth from the environment", () => {
    expect(neo4j?.image).toBe("neo4j:5.26-community");
    expect(neo4j?.environment?.["NEO4J_AUTH"]).toMatch(/\$\{NEO4J_USER.*\}\/\$\{NEO4J_PASSWORD/);
    expect(neo4j?.ports).toEqual(
      expect.arrayContaining(["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"]),
    );
  });

  it("gives Neo4j a healthcheck and named volumes", () => {
    expect(neo4j?.healthcheck?.test.join(" ")).toMatch(/7474/);
    expect(neo4j?.healthcheck?.retries).toBeGreaterThan(0);
    for (const volume of neo4j?.volumes ?? []) {
      const name = volume.split(":")[0] ?? "";
      expect(Object.keys(compose.volumes)).toContain(name);
    }
    expect(neo4j?.volumes).toEqual(expect.arrayContaining(["neo4j-data:/data"]));
  });

  it("starts the API only once Neo4j is healthy, pointed at it", () => {
    expect(api?.build).toBeDefined();
    expect(api?.depends_on?.["neo4j"]?.condition).toBe("service_healthy");
    expect(api?.environment?.["NEO4J_URI"]).toBe("bolt://neo4j:7687");
    expect(api?.environment?.["NEO4J_PASSWORD"]).toBe("${NEO4J_PASSWORD}");
    expect(api?.ports).toEqual(["127.0.0.1:4000:4000"]);
  });
});
