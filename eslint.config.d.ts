// The types of what eslint.config.js exports besides the configuration (test/architecture reads the pure core).
import type { Linter } from 'eslint';

export const PURE_FOLDERS: string[];
export const EDGES: string[];
export const PURE_FILES: string[];
export function matchesPattern(pattern: string, file: string): boolean;
export function isPure(file: string): boolean;
declare const config: Linter.Config[];
export default config;
