// The types of what eslint.config.js exports besides the configuration (test/architecture reads PURE).
import type { Linter } from 'eslint';

export const PURE: string[];
declare const config: Linter.Config[];
export default config;
