// The one place that reads the environment. Everything else receives a validated Config, so
// a bad value fails at start-up with a message that says which variable and what to do.
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface Neo4jConfig {
  /** Null: use the embedded Neo4j the project starts itself. */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
  /** Ms a read or write transaction may run before Neo4j aborts it. */
  queryTimeoutMs: number;
}

export interface EmbeddedConfig {
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pageCache: string;
}

export interface Config {
  projectRoot: string;
  host: string;
  port: number;
  logLevel: LogLevel;
  production: boolean;
  introspection: boolean;
  /** Token that enables the ingest mutation; null keeps it off. */
  ingestToken: string | null;
  neo4j: Neo4jConfig;
  embedded: EmbeddedConfig;
}

export class ConfigError extends Error {
  override name = "ConfigError";
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];
const MEMORY = /^\d+[kmg]$/i;

export const PROJECT_ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === "" ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name}=${raw} is not a whole number from ${min} to ${max}`);
  }
  return value;
}

function memory(env: Env, name: string, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  if (!MEMORY.test(raw)) throw new ConfigError(`${name}=${raw} must look like 512m or 2g`);
  return raw.toLowerCase();
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (["1", "true", "yes", "on"].includes(raw)) return true;
  if (["0", "false", "no", "off"].includes(raw)) return false;
  throw new ConfigError(`${name}=${raw} must be true or false`);
}

function neo4jUri(env: Env): string | null {
  const raw = text(env, "NEO4J_URI");
  if (raw === undefined) return null;
  if (!/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^/\s]+/.test(raw)) {
    throw new ConfigError(
      `NEO4J_URI=${raw} is not a Neo4j URI; use e.g. neo4j://host:7687 or bolt://localhost:7687, or unset it to use the embedded Neo4j`,
    );
  }
  return raw;
}

/** Reads and validates the environment. `overrides` win over the environment (explicit arguments). */
export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const logLevel = (text(env, "LOG_LEVEL") ?? "info").toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL=${logLevel} must be one of ${LOG_LEVELS.join(", ")}`);
  }
  const production = text(env, "NODE_ENV") === "production";
  const uri = neo4jUri(env);
  const password = text(env, "NEO4J_PASSWORD");
  if (uri !== null && password === undefined && text(env, "NEO4J_USER") !== undefined) {
    throw new ConfigError("NEO4J_USER is set but NEO4J_PASSWORD is not; set both or neither");
  }
  const config: Config = {
    projectRoot: PROJECT_ROOT,
    host: text(env, "HOST") ?? "127.0.0.1",
    port: integer(env, "PORT", 4000, 0, 65535),
    logLevel: logLevel as LogLevel,
    production,
    introspection: flag(env, "GRAPHQL_INTROSPECTION", !production),
    ingestToken: text(env, "INGEST_TOKEN") ?? null,
    neo4j: {
      uri,
      user: text(env, "NEO4J_USER") ?? "neo4j",
      password: password ?? "",
      database: text(env, "NEO4J_DATABASE"),
      queryTimeoutMs: integer(env, "NEO4J_QUERY_TIMEOUT_MS", 15_000, 100, 3_600_000),
    },
    embedded: {
      home: resolve(PROJECT_ROOT, text(env, "NEO4J_HOME") ?? ".neo4j/instance"),
      boltPort: integer(env, "NEO4J_BOLT_PORT", 7687, 1, 65535),
      httpPort: integer(env, "NEO4J_HTTP_PORT", 7474, 1, 65535),
      heap: memory(env, "NEO4J_HEAP", "1g"),
      pageCache: memory(env, "NEO4J_PAGECACHE", "512m"),
    },
  };
  return { ...config, ...overrides };
}

/** The Bolt URI to connect to: the configured one, or the embedded instance's. */
export function boltUri(config: Config): string {
  return config.neo4j.uri ?? `bolt://127.0.0.1:${config.embedded.boltPort}`;
}
