// `npm run -s extract -- <files or folders | ->... [--pretty] [--max-bytes N]`: prints the
// extraction JSON of all inputs together on stdout; one line per bad input on stderr.
import { extractArticles } from "../server/src/ingest/extract-articles.ts";
import { readArticles } from "../server/src/ingest/read/read-articles.ts";
import { DEFAULT_MAX_BYTES } from "../server/src/ingest/read/read-inputs.ts";
import { runCli } from "./run-cli.ts";

const USAGE = "usage: extract <files or folders | ->... [--pretty] [--max-bytes N]";

interface Args {
  paths: string[];
  pretty: boolean;
  maxBytes: number;
}

/** "5242880", "512k", "10m" or "10MiB". */
function parseSize(value: string | undefined): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(k|m|g)?(?:i?b)?$/i.exec(value ?? "");
  if (!m) return null;
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2] ?? "").toLowerCase()] ?? 1;
  const n = Math.floor(Number(m[1]) * unit);
  return n > 0 ? n : null;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { paths: [], pretty: false, maxBytes: DEFAULT_MAX_BYTES };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--pretty") args.pretty = true;
    else if (arg === "--max-bytes" || arg.startsWith("--max-bytes=")) {
      const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[++i];
      const size = parseSize(value);
      if (size === null)
        return `--max-bytes needs a positive size such as 5242880 or 10m, got "${value ?? ""}"`;
      args.maxBytes = size;
    } else if (arg === "--") {
      args.paths.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith("--")) return `unknown option ${arg}`;
    else args.paths.push(arg);
  }
  return args.paths.length > 0 ? args : "no input given";
}

await runCli(async (argv) => {
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === "string") {
    console.error(`extract: ${args}\n${USAGE}`);
    return 2;
  }
  const { articles, errors } = await readArticles(args.paths, {
    maxBytes: args.maxBytes,
    onNote: (message) => console.error(`extract: note: ${message}`),
  });
  const extraction = extractArticles(articles);
  extraction.errors = [...errors, ...extraction.errors];
  process.stdout.write(JSON.stringify(extraction, null, args.pretty ? 2 : undefined) + "\n");
  for (const error of extraction.errors) console.error(`extract: ${error.file}: ${error.reason}`);
  return extraction.errors.length > 0 ? 1 : 0;
});
