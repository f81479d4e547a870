import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "tests/fixtures/**", "tests/hostile/static/**", "examples/**", "coverage/**", ".bench/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly", Buffer: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-control-regex": "off",
    },
  },
  {
    files: ["src/**/*.ts"],
    ignores: ["src/github/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["@actions/*", "@octokit/*"], message: "The core never imports the GitHub layer: keep @actions/* and @octokit/* in src/github/." }] }],
    },
  },
);
