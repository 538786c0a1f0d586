// The embedded default: Neo4j 5.26 Community from Maven Central jars, run by the project itself
// on loopback with its data under the project folder. One instance per home folder; a pid file
// in the home tells a running instance from a stale one left by a crash.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import type { EmbeddedConfig } from "../config.ts";

export interface EmbeddedOptions extends EmbeddedConfig {
  projectRoot: string;
  /** The instance stops itself when this process exits (tests, `npm start`). */
  parentPid?: number;
  log?: (line: string) => void;
  startTimeoutMs?: number;
}

export interface RunningInstance {
  pid: number;
  boltPort: number;
  httpPort: number;
  home: string;
  startedAt: string;
}

export type EmbeddedStatus =
  | { state: "running"; instance: RunningInstance }
  | { state: "stopped" }
  | { state: "stale"; pid: number };

export class EmbeddedNeo4jError extends Error {
  override name = "EmbeddedNeo4jError";
}

const JAVA_OPENS = [
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "-Dio.netty.tryReflectionSetAccessible=true",
];
const HOW_TO_INSTALL =
  "Install them with `apt-get install -y openjdk-17-jdk-headless maven` (or your platform's packages), " +
  "or point NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) at an existing Neo4j 5 instead.";

const pidFile = (home: string) => join(home, "newsgraph.pid");
const libDir = (root: string) => join(root, ".neo4j", "lib");
const pomPath = (root: string) => join(root, "scripts", "neo4j", "pom.xml");

function pomStamp(root: string): string {
  const launcher = join(root, "scripts/neo4j/src/main/java/local/newsgraph/Launcher.java");
  const hash = createHash("sha256");
  for (const file of [pomPath(root), launcher]) hash.update(readFileSync(file));
  return hash.digest("hex");
}

function requireTool(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new EmbeddedNeo4jError(`${what} was not found (\`${command}\`). ${HOW_TO_INSTALL}`);
  }
  return `${result.stdout}${result.stderr}`;
}

/** Resolves the Neo4j jars into .neo4j/lib once; again only when the pom or launcher change. */
export function ensureNeo4jJars(root: string, log: (line: string) => void = () => {}): string {
  const lib = libDir(root);
  const stampFile = join(lib, ".complete");
  const stamp = pomStamp(root);
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp) return lib;
  const javaVersion = requireTool("java", ["-version"], "Java 17");
  if (!/version "(17|21)[."]/.test(javaVersion)) {
    throw new EmbeddedNeo4jError(
      `Neo4j 5.26 needs Java 17 or 21, found: ${javaVersion.split("\n")[0]}. ${HOW_TO_INSTALL}`,
    );
  }
  requireTool("mvn", ["-v"], "Maven");
  log("Resolving Neo4j 5.26 from Maven Central into .neo4j/lib (first run only)...");
  rmSync(lib, { recursive: true, force: true });
  const result = spawnSync("mvn", ["-q", "-B", "-f", pomPath(root), "package"], {
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new EmbeddedNeo4jError(
      `Maven could not resolve Neo4j (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-2000)}`,
    );
  }
  writeFileSync(stampFile, stamp);
  return lib;
}

function readInstance(home: string): RunningInstance | null {
  try {
    return JSON.parse(readFileSync(pidFile(home), "utf8")) as RunningInstance;
  } catch {
    return null;
  }
}

/** True when `pid` is alive and is a Neo4j launched for this home (guards against pid reuse). */
function isOurProcess(pid: number, home: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(home);
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

export function embeddedStatus(home: string): EmbeddedStatus {
  const instance = readInstance(home);
  if (instance === null) return { state: "stopped" };
  if (isOurProcess(instance.pid, home)) return { state: "running", instance };
  return { state: "stale", pid: instance.pid };
}

export function portAnswers(port: number, host = "127.0.0.1", timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

function writeNeo4jConf(options: EmbeddedOptions): string {
  const conf = join(options.home, "conf");
  mkdirSync(conf, { recursive: true });
  const lines = [
    "# Written by the project at every start; edit NEO4J_* variables instead.",
    "server.default_listen_address=127.0.0.1",
    "server.default_advertised_address=127.0.0.1",
    `server.bolt.listen_address=:${options.boltPort}`,
    `server.bolt.advertised_address=:${options.boltPort}`,
    `server.http.listen_address=:${options.httpPort}`,
    `server.http.advertised_address=:${options.httpPort}`,
    "server.https.enabled=false",
    // Loopback only, so the embedded default runs without auth; use NEO4J_URI for a secured server.
    "dbms.security.auth_enabled=false",
    `server.memory.pagecache.size=${options.pageCache}`,
    "dbms.usage_report.enabled=false",
    "db.tx_log.rotation.retention_policy=100M size",
  ];
  writeFileSync(join(conf, "neo4j.conf"), `${lines.join("\n")}\n`);
  return conf;
}

async function waitForBolt(
  options: EmbeddedOptions,
  pid: number,
  exited: () => number | null,
): Promise<void> {
  const deadline = Date.now() + (options.startTimeoutMs ?? 180_000);
  while (Date.now() < deadline) {
    const code = exited();
    if (code !== null) {
      throw new EmbeddedNeo4jError(
        `Neo4j exited with code ${code} while starting; see ${join(options.home, "logs", "console.log")}`,
      );
    }
    if (await portAnswers(options.boltPort)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  process.kill(pid, "SIGKILL");
  throw new EmbeddedNeo4jError(`Neo4j did not open Bolt on port ${options.boltPort} in time`);
}

/** Starts an instance, or reports the one already running on this home. */
export async function startEmbedded(options: EmbeddedOptions): Promise<RunningInstance> {
  const log = options.log ?? (() => {});
  const status = embeddedStatus(options.home);
  if (status.state === "running") {
    throw new EmbeddedNeo4jError(
      `Neo4j is already running on this data folder (pid ${status.instance.pid}, bolt port ${status.instance.boltPort}); ` +
        "stop it with `npm run db:stop` or use it as it is",
    );
  }
  if (status.state === "stale") {
    log(`Removing the stale lock of a Neo4j that is no longer running (pid ${status.pid}).`);
    rmSync(pidFile(options.home), { force: true });
  }
  for (const port of [options.boltPort, options.httpPort]) {
    if (await portAnswers(port)) {
      throw new EmbeddedNeo4jError(
        `Port ${port} is already in use; set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT to free ports`,
      );
    }
  }
  const lib = ensureNeo4jJars(options.projectRoot, log);
  const conf = writeNeo4jConf(options);
  mkdirSync(join(options.home, "logs"), { recursive: true });
  const out = openSync(join(options.home, "logs", "console.log"), "a");
  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    "-XX:+UseG1GC",
    ...JAVA_OPENS,
    "-cp",
    `${lib}/*`,
    "local.newsgraph.Launcher",
    `--home-dir=${options.home}`,
    `--config-dir=${conf}`,
  ];
  const env = {
    ...process.env,
    NEWSGRAPH_PARENT_PID: options.parentPid ? String(options.parentPid) : "",
  };
  const child = spawn("java", args, { detached: true, stdio: ["ignore", out, out], env });
  let exitCode: number | null = null;
  child.once("exit", (code, signal) => (exitCode = code ?? (signal ? 128 : 1)));
  if (child.pid === undefined)
    throw new EmbeddedNeo4jError(`Java could not be started. ${HOW_TO_INSTALL}`);
  child.unref();
  const instance: RunningInstance = {
    pid: child.pid,
    boltPort: options.boltPort,
    httpPort: options.httpPort,
    home: options.home,
    startedAt: new Date().toISOString(),
  };
  writeFileSync(pidFile(options.home), JSON.stringify(instance));
  log(
    `Starting Neo4j 5.26 (pid ${child.pid}, heap ${options.heap}, page cache ${options.pageCache})...`,
  );
  try {
    await waitForBolt(options, child.pid, () => exitCode);
  } catch (error) {
    rmSync(pidFile(options.home), { force: true });
    throw error;
  }
  return instance;
}

/** Stops the instance on this home: SIGTERM for a clean shutdown, SIGKILL after the grace period. */
export async function stopEmbedded(
  home: string,
  graceMs = 60_000,
): Promise<"stopped" | "not-running"> {
  const status = embeddedStatus(home);
  if (status.state !== "running") {
    rmSync(pidFile(home), { force: true });
    return "not-running";
  }
  const { pid } = status.instance;
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while (isOurProcess(pid, home) && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 200));
  if (isOurProcess(pid, home)) process.kill(pid, "SIGKILL");
  while (isOurProcess(pid, home)) await new Promise((r) => setTimeout(r, 100));
  rmSync(pidFile(home), { force: true });
  return "stopped";
}
