import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteByIdPrefix, testExecutor } from "../../../test/test-database.ts";
import { cypherCli } from "./cypher-cli.ts";
import { captureStream } from "./testing/capture-stream.ts";
import { testConfig } from "./testing/test-config.ts";

const PREFIX = "analyst-cli-";
const executor = testExecutor();
const dir = mkdtempSync(join(tmpdir(), "analyst-cli-"));

async function cli(args: string[], stdinText: string | null = null, tty = false) {
  const stdin: PassThrough & { isTTY?: boolean } = new PassThrough();
  stdin.isTTY = stdinText === null;
  if (stdinText !== null) stdin.end(stdinText);
  const stdout = captureStream(tty);
  const stderr = captureStream();
  const code = await cypherCli(args, {
    config: testConfig(),
    io: { stdin, stdout: stdout.stream, stderr: stderr.stream },
    historyFile: join(dir, "history"),
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

beforeAll(async () => {
  await executor.mutate({
    cypher: `CREATE (p:Entity:Person {id: $prefix + 'putin', name: 'Vladimir Putin'})
             CREATE (e:Entity:Person {id: $prefix + 'erdogan', name: 'Recep Tayyip Erdoğan'})
             CREATE (p)-[:MET_WITH {id: $prefix + 'met', weight: 2, firstSeen: date('2022-07-19')}]->(e)`,
    params: { prefix: PREFIX },
  });
});

afterAll(async () => {
  await deleteByIdPrefix(executor, PREFIX);
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
});

const MET = `MATCH p = (a:Person {id: $a})-[r:MET_WITH]-(b) RETURN a.name AS name, b, r.firstSeen AS since, p`;

describe("npm run cypher", () => {
  it("prints an aligned table on a terminal, with readable nodes, dates and paths", async () => {
    const { code, stdout, stderr } = await cli(["--param", `a=${PREFIX}putin`, MET], null, true);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[1]).toMatch(/^\| name +\| b +\| since +\| p +\|$/);
    expect(lines[3]).toContain("| Vladimir Putin |");
    expect(lines[3]).toContain(
      `(:Entity:Person {id: "${PREFIX}erdogan", name: "Recep Tayyip Erdoğan"})`,
    );
    expect(lines[3]).toContain("2022-07-19");
    expect(lines[3]).toContain(`(${PREFIX}putin)-[:MET_WITH]->(${PREFIX}erdogan)`);
    expect(stderr).toMatch(/^1 row \(\d+ ms\)/);
  });

  it("prints JSONL when piped, and JSON or CSV when asked", async () => {
    const jsonl = await cli(["-p", `a=${PREFIX}putin`, "-q", MET], "");
    expect(jsonl.stderr).toBe("");
    const row = JSON.parse(jsonl.stdout.trim()) as {
      name: string;
      b: { labels: string[]; properties: { id: string } };
      since: string;
    };
    expect(row).toMatchObject({
      name: "Vladimir Putin",
      since: "2022-07-19",
      b: { labels: ["Entity", "Person"], properties: { id: `${PREFIX}erdogan` } },
    });
    const json = await cli(["--format", "json", "-p", `a=${PREFIX}putin`, MET]);
    expect(JSON.parse(json.stdout)).toEqual([row]);
    const csv = await cli(["--format", "csv", "-p", `a=${PREFIX}putin`, MET]);
    expect(csv.stdout.split("\r\n")[0]).toBe("name,b,since,p");
    expect(csv.stdout).toContain("Vladimir Putin,");
  });

  it("passes JSON parameters with their types", async () => {
    const { stdout } = await cli([
      "-p",
      "n=2",
      "-p",
      'list=[1,"a"]',
      "-p",
      "s=2022-07-19",
      "RETURN $n + 1 AS n, $list AS list, $s AS s, range(1, $n) AS r",
    ]);
    expect(JSON.parse(stdout)).toEqual({ n: 3, list: [1, "a"], s: "2022-07-19", r: [1, 2] });
  });

  it("refuses a write by default, naming --write, and writes with --write", async () => {
    const create = `CREATE (n:Entity {id: '${PREFIX}new'}) RETURN n.id AS id`;
    const refused = await cli([create]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/read-only by default.*--write/);
    expect(
      await executor.query({ cypher: `MATCH (n {id: '${PREFIX}new'}) RETURN n` }),
    ).toHaveLength(0);
    const written = await cli(["--write", create]);
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/nodesCreated: 1/);
    expect(
      await executor.query({ cypher: `MATCH (n {id: '${PREFIX}new'}) RETURN n` }),
    ).toHaveLength(1);
  });

  it("shows a syntax error's position with a caret", async () => {
    const { code, stderr } = await cli(["MATCH (n)\nRETRUN n"]);
    expect(code).toBe(1);
    expect(stderr).toContain("Syntax error at line 2, column 1: Invalid input 'RETRUN'");
    expect(stderr).toContain("  2 | RETRUN n\n    | ^\n");
  });

  it("stops a query at --timeout", async () => {
    const started = Date.now();
    const { code, stderr } = await cli([
      "--timeout",
      "300",
      "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(*) AS c",
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/300 ms time limit.*--timeout/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("runs every statement from stdin and the defaults of a .cypher file", async () => {
    const piped = await cli(["-q"], "RETURN 1 AS a;\nRETURN 'x;y' AS b;\nRETURN 3 AS c");
    expect(
      piped.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as unknown),
    ).toEqual([{ a: 1 }, { b: "x;y" }, { c: 3 }]);
    const file = join(dir, "q.cypher");
    writeFileSync(
      file,
      `// Who did Putin meet?\n// @param a = "${PREFIX}putin"\n// @param limit = 5\nMATCH (:Person {id: $a})-[:MET_WITH]-(b) RETURN b.name AS name LIMIT $limit\n`,
    );
    const fromFile = await cli(["-q", "-f", file]);
    expect(JSON.parse(fromFile.stdout)).toEqual({ name: "Recep Tayyip Erdoğan" });
    const overridden = await cli(["-q", "-f", file, "-p", "limit=0"]);
    expect(overridden.stdout).toBe("");
  });

  it("explains bad usage with exit code 2", async () => {
    const { code, stderr } = await cli(["--format", "xml", "RETURN 1"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format xml/);
  });
});
