#!/usr/bin/env node
// `npm start` on a fresh clone: installs dependencies when they are missing or stale, then runs
// scripts/serve.ts. Plain JavaScript, because TypeScript tooling may not be installed yet.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const marker = join(root, "node_modules", ".package-lock.json");
const lock = join(root, "package-lock.json");
const stale =
  !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
if (stale) {
  console.error("Installing dependencies (npm ci)...");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error("npm ci failed; fix the error above and run `npm start` again.");
    process.exit(result.status ?? 1);
  }
}
// tsx's ESM hook only: the TypeScript here is all ESM, and tsx's CommonJS hook made every
// `require` a dependency makes at run time dearer (Apollo loads `crypto` that way per request).
const child = spawn(
  process.execPath,
  ["--import", "tsx/esm", join(root, "scripts", "serve.ts"), ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);
// The child shares our terminal and gets Ctrl-C itself; forward what a supervisor sends us.
for (const signal of ["SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
process.on("SIGINT", () => {});
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 130 : 1)));
