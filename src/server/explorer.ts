import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";

/**
 * The GraphiQL explorer, served from local npm packages only: no CDN, works offline.
 * graphiql 4.1.2 is the last release with a UMD build; React 18 UMD and graphql-ws UMD beside it.
 */
const require = createRequire(import.meta.url);

// These files are not in the packages' `exports` maps (require.resolve refuses them), so each
// is found from its package's package.json, which every one of them exports.
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  "react.js": { pkg: "react", file: "umd/react.production.min.js", type: "text/javascript" },
  "react-dom.js": { pkg: "react-dom", file: "umd/react-dom.production.min.js", type: "text/javascript" },
  "graphiql.js": { pkg: "graphiql", file: "graphiql.min.js", type: "text/javascript" },
  "graphiql.css": { pkg: "graphiql", file: "graphiql.min.css", type: "text/css" },
  "graphql-ws.js": { pkg: "graphql-ws", file: "umd/graphql-ws.min.js", type: "text/javascript" },
};

const loaded = new Map<string, { body: Buffer; gzip: Buffer; type: string }>();

/** An explorer asset by file name, read once and kept (with its gzip form). */
export function explorerAsset(name: string): { body: Buffer; gzip: Buffer; type: string } | undefined {
  const spec = ASSETS[name];
  if (!spec) return undefined;
  let asset = loaded.get(name);
  if (!asset) {
    const body = readFileSync(path.join(path.dirname(require.resolve(`${spec.pkg}/package.json`)), spec.file));
    asset = { body, gzip: gzipSync(body), type: spec.type };
    loaded.set(name, asset);
  }
  return asset;
}

function escapeJs(s: string): string {
  return JSON.stringify(s).replace(/</g, "\\u003c");
}

const QUERY = `query Vendors {
  vendors { id name configured capabilities }
}
`;
const DEMO_QUERY = `# Welcome to LeadGraph (demo mode): the demo API key is already in the Headers pane below. Try:
${QUERY}`;
// Outside demo mode the page knows no key: it says where one comes from, and the headers pane
// opens on a template to fill in, rather than on the 401 of a request without one.
const QUERY_WITHOUT_KEY = `# Welcome to LeadGraph. Every request needs your API key: put it in the Headers pane below,
#   {"Authorization": "Bearer <your API key>"}
# Keys are issued by whoever runs this server: the tenants file lists the sha256 of each
# (README "Configuration"). Then run:
${QUERY}`;
/** The headers pane outside demo mode. */
export const HEADERS_TEMPLATE = { Authorization: "Bearer <your API key>" };

export function explorerPage(opts: { assetBase: string; apiKey?: string }): string {
  const headers = JSON.stringify(opts.apiKey ? { Authorization: `Bearer ${opts.apiKey}` } : HEADERS_TEMPLATE, null, 2);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>LeadGraph explorer</title>
<link rel="icon" href="data:,">
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
  const savedHeaders = () => {
    try { return JSON.parse(localStorage.getItem("graphiql:headers") || initialHeaders || "{}"); } catch { return {}; }
  };
  const baseFetcher = GraphiQL.createFetcher({
    url: httpUrl,
    wsClient: graphqlWs.createClient({ url: wsUrl, lazy: true, connectionParams: savedHeaders }),
  });
  // GraphiQL sends its schema introspection before the headers editor exists, with no
  // headers, which the server answers 401: fall back to the saved (or demo) headers then.
  const fetcher = (params, opts) => {
    const given = opts && opts.headers && Object.keys(opts.headers).length ? opts.headers : savedHeaders();
    return baseFetcher(params, { ...opts, headers: given });
  };
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${escapeJs(opts.apiKey ? DEMO_QUERY : QUERY_WITHOUT_KEY)},
      defaultHeaders: initialHeaders,
      headers: initialHeaders,
      shouldPersistHeaders: true,
      defaultEditorToolsVisibility: "headers",
    }),
  );
</script>
</body>
</html>`;
}
