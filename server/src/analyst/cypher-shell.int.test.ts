import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { testExecutor } from "../../../test/test-database.ts";
import { runShell } from "./cypher-shell.ts";
import type { PrintSettings } from "./execute-and-print.ts";
import { captureStream } from "./testing/capture-stream.ts";

const executor = testExecutor();
const dir = mkdtempSync(join(tmpdir(), "analyst-shell-"));

afterAll(async () => {
  await executor.close();
  rmSync(dir, { recursive: true, force: true });
});

async function session(lines: string[], historyFile: string) {
  const stdin = new PassThrough();
  const stdout = captureStream();
  const stderr = captureStream();
  const settings: PrintSettings = {
    params: {},
    format: "jsonl",
    write: false,
    timeoutMs: 5000,
    maxWidth: 100,
    quiet: true,
    writeHint: "--write",
  };
  stdin.end(lines.map((line) => `${line}\n`).join(""));
  await runShell({
    executor,
    settings,
    io: { stdin, stdout: stdout.stream, stderr: stderr.stream },
    historyFile,
    terminal: false,
  });
  return { stdout: stdout.text(), stderr: stderr.text() };
}

describe("the interactive shell", () => {
  it("runs multi-line statements, :param and :format, refuses writes until :write, and keeps history", async () => {
    const history = join(dir, "sub", "history");
    const { stdout, stderr } = await session(
      [
        ":param who=Putin",
        "RETURN $who AS who,",
        "  1 AS n;",
        ":format csv",
        "RETURN 2 AS n; RETURN 3 AS m;",
        "CREATE (x:AnalystShellTest) RETURN x;",
        ":params",
        ":nope",
        ":exit",
        "RETURN 'never' AS n;",
      ],
      history,
    );
    expect(stdout).toBe('{"who":"Putin","n":1}\nn\r\n2\r\nm\r\n3\r\n');
    expect(stderr).toMatch(/\$who set/);
    expect(stderr).toMatch(/read-only by default\. Re-run with :write/);
    expect(stderr).toMatch(/\$who = Putin/);
    expect(stderr).toMatch(/unknown command :nope/);
    expect(readFileSync(history, "utf8")).toBe(
      "RETURN $who AS who, 1 AS n;\nRETURN 2 AS n;\nRETURN 3 AS m;\nCREATE (x:AnalystShellTest) RETURN x;\n",
    );
    const second = await session(
      [
        ":write",
        "CREATE (x:AnalystShellTest) RETURN count(x) AS c;",
        "MATCH (x:AnalystShellTest) DELETE x RETURN count(*) AS d;",
      ],
      history,
    );
    expect(second.stdout).toBe('{"c":1}\n{"d":1}\n');
    expect(readFileSync(history, "utf8").split("\n")).toHaveLength(7);
  });

  it("runs an unfinished last statement at the end of input", async () => {
    const { stdout } = await session(["RETURN 7 AS n"], join(dir, "h2"));
    expect(stdout).toBe('{"n":7}\n');
  });
});
