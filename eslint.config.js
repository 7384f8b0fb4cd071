// ESLint 9 flat config: the recommended rules of ESLint and typescript-eslint (syntax only, no
// type information: it stays fast and runs without a build), plus a 140-column line limit.
// `npm run lint`; .ci/run runs it after the typecheck.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// What Node scripts (.mjs, .cjs, .js) may use without importing it; TypeScript files get
// no-undef switched off by typescript-eslint (the compiler checks names there).
const nodeGlobals = Object.fromEntries(
  [
    "AbortController",
    "Buffer",
    "URL",
    "URLSearchParams",
    "clearInterval",
    "clearTimeout",
    "console",
    "fetch",
    "module",
    "performance",
    "process",
    "require",
    "setInterval",
    "setTimeout",
    "structuredClone",
  ].map((name) => [name, "readonly"]),
);

export default tseslint.config(
  {
    // generated or built: src/sdk (graphql-codegen), schema/ (emitted SDL), dist*/
    ignores: ["node_modules/**", "dist/**", "dist-bench/**", "src/sdk/**", "schema/**", "bench/results/**", "data/**"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: nodeGlobals },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "max-len": ["error", { code: 140, tabWidth: 2 }],
      // `_`-prefixed: deliberately unused (a parameter before a used one, a key dropped by a rest)
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
);
