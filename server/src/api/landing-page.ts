// The playground at GET /graphql for browsers: GraphiQL served from node_modules (no CDN, the
// machine may be offline), with every example operation in schema/operations as a tab.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { SCHEMA_DIR } from "./load-schema.ts";

const require = createRequire(import.meta.url);
const ASSETS = "/graphql/assets";

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

export interface ExampleOperation {
  name: string;
  query: string;
  variables: string;
}

/** What a newcomer tries first opens first; the rest follow by name. */
const FIRST = ["path-between.graphql", "search-entities.graphql", "neighbourhood.graphql"];

function rank(file: string): number {
  const index = FIRST.indexOf(file);
  return index === -1 ? FIRST.length : index;
}

/** The example operations, each with its variables' defaults spelled out for the tab. */
export function exampleOperations(dir = join(SCHEMA_DIR, "operations")): ExampleOperation[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((file) => ({
      name: file.replace(/\.graphql$/, ""),
      query: readFileSync(join(dir, file), "utf8"),
      variables: file.startsWith("ingest-")
        ? JSON.stringify({ input: { title: "Example", text: "Leaders met in Ankara." } }, null, 2)
        : "{}",
    }));
}

function page(operations: ExampleOperation[]): string {
  const tabs = JSON.stringify(operations.map(({ query, variables }) => ({ query, variables })))
    .replace(/</g, "\\u003c")
    .replace(/\u2028|\u2029/g, "");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>News graph · GraphiQL</title>
<link rel="stylesheet" href="${ASSETS}/graphiql/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading the playground…</div>
<script src="${ASSETS}/react/umd/react.production.min.js"></script>
<script src="${ASSETS}/react-dom/umd/react-dom.production.min.js"></script>
<script src="${ASSETS}/graphiql/graphiql.min.js"></script>
<script>
  const tabs = ${tabs};
  const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true }),
  );
</script>
</body>
</html>`;
}

/** Static assets under /graphql/assets and the page itself for GET /graphql with Accept: text/html. */
export function landingPage(): Router {
  const router = express.Router();
  const html = page(exampleOperations());
  const assets = { graphiql: "graphiql", react: "react", "react-dom": "react-dom" };
  for (const [route, name] of Object.entries(assets)) {
    router.use(`${ASSETS}/${route}`, express.static(packageDir(name), { maxAge: "1h" }));
  }
  router.get("/graphql", (req: Request, res: Response, next: NextFunction) => {
    const wantsPage = req.accepts(["application/json", "text/html"]) === "text/html";
    if (!wantsPage || req.query["query"] !== undefined) return next();
    res.type("html").send(html);
  });
  return router;
}
