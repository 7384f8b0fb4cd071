// Import-structure rules for src/ (`npm run deps`; .ci/run runs it after the lint).
// Type-only imports count: a cycle through `import type` still ties the modules together.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment: "No import cycles, type-only imports included.",
      from: {},
      to: { circular: true },
    },
    {
      name: "vendors-not-to-graphql",
      severity: "error",
      comment: "Vendors get GraphQL through the kit (src/vendors/graphql-kit.ts), never from src/graphql.",
      from: { path: "^src/vendors/" },
      to: { path: "^src/graphql/" },
    },
    {
      name: "model-is-a-leaf",
      severity: "error",
      comment: "src/model imports only src/model and src/lib: no vendor, GraphQL, store or package.",
      from: { path: "^src/model/" },
      to: { pathNot: "^src/(model|lib)/" },
    },
    {
      name: "no-vendor-to-vendor",
      severity: "error",
      comment:
        "A vendor folder does not import another vendor's folder; what vendors share lives in " +
        "src/vendors/*.ts (and the registry, at run time).",
      from: { path: "^src/vendors/([^/]+)/" },
      to: { path: "^src/vendors/[^/]+/", pathNot: "^src/vendors/$1/" },
    },
    {
      name: "vendor-imports",
      severity: "error",
      comment:
        "Within src, a vendor folder imports only src/vendors (its own folder and the shared *.ts), " +
        "src/model, src/lib, src/store, src/cache and src/simulators (src/graphql: the rule above).",
      from: { path: "^src/vendors/[^/]+/" },
      to: { path: "^src/", pathNot: "^src/(vendors|model|lib|store|cache|simulators|graphql)/" },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "An import that resolves to nothing (a deleted or misspelt module).",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^src/sdk/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    // ESM packages (got, graphql-ws/use/ws) resolve through their exports maps' "import".
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "node", "default"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
