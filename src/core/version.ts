/** The tool's name and version as reported (kept equal to package.json by a test). */
export const TOOL_NAME = "ml-framework-audit" as const;
export const TOOL_VERSION = "0.1.0";
