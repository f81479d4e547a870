import { DEFAULT_CONFIG, type Config } from "../../src/config/schema.js";

export function config(over: Partial<Config> = {}): Config {
  return { ...structuredClone(DEFAULT_CONFIG), ...over };
}
