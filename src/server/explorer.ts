import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";

/**
 * The GraphiQL explorer, served from local npm packages only: no CDN, works offline.
 * graphiql 4.1.2 is the last release with a UMD build; React 18 UMD and graphql-ws UMD beside it.
 */
const require = createRequire(import.meta.url);

const ASSETS: Record<string, { module: string; type: string }> = {
  "react.js": { module: "react/umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { module: "react-dom/umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { module: "graphiql/graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { module: "graphiql/graphiql.min.css", type: "text/css" },
  "graphql-ws.js": { module: "graphql-ws/umd/graphql-ws.min.js", type: "text/javascript" },
};

const loaded = new Map<string, { body: Buffer; gzip: Buffer; type: string }>();

/** An explorer asset by file name, read once and kept (with its gzip form). */
export function explorerAsset(name: string): { body: Buffer; gzip: Buffer; type: string } | undefined {
  const spec = ASSETS[name];
  if (!spec) return undefined;
  let asset = loaded.get(name);
  if (!asset) {
    const body = readFileSync(require.resolve(spec.module));
    asset = { body, gzip: gzipSync(body), type: spec.type };
    loaded.set(name, asset);
  }
  return asset;
}

function escapeJs(s: string): string {
  return JSON.stringify(s).replace(/</g, "\\u003c");
}

const DEFAULT_QUERY = `# Welcome to LeadGraph. Try:
query Vendors {
  vendors { id name configured capabilities }
}
`;

export function explorerPage(opts: { assetBase: string; apiKey?: string }): string {
  const headers = opts.apiKey ? JSON.stringify({ Authorization: `Bearer ${opts.apiKey}` }, null, 2) : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LeadGraph explorer</title>
<link rel="stylesheet" href="${opts.assetBase}/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style>
</head>
<body>
<div id="graphiql">Loading the explorer…</div>
<script src="${opts.assetBase}/react.js"></script>
<script src="${opts.assetBase}/react-dom.js"></script>
<script src="${opts.assetBase}/graphql-ws.js"></script>
<script src="${opts.assetBase}/graphiql.js"></script>
<script>
  const httpUrl = location.origin + "/graphql";
  const wsUrl = httpUrl.replace(/^http/, "ws");
  const initialHeaders = ${escapeJs(headers)};
  const fetcher = GraphiQL.createFetcher({
    url: httpUrl,
    wsClient: graphqlWs.createClient({
      url: wsUrl,
      lazy: true,
      connectionParams: () => {
        try { return JSON.parse(localStorage.getItem("graphiql:headers") || initialHeaders || "{}"); } catch { return {}; }
      },
    }),
  });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${escapeJs(DEFAULT_QUERY)},
      defaultHeaders: initialHeaders || undefined,
      headers: initialHeaders || undefined,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: initialHeaders ? "headers" : false,
    }),
  );
</script>
</body>
</html>`;
}
