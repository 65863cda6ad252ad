import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_DIR = fileURLToPath(new URL('../../../shared/', import.meta.url));
export const SEEDS_DIR = `${SHARED_DIR}fixtures/seeds/`;
export const CLI_PATH = `${REPO_ROOT}dist/cli/main.js`;

/**
 * Whether shared data (../shared) is present. Outside CI a missing ../shared skips the tests that
 * read it; in CI (CI set) its absence is an error, so a broken checkout cannot pass by skipping.
 */
export const hasSharedData = (path: string): boolean => {
  if (existsSync(path)) return true;
  if (process.env.CI) throw new Error(`${path} is missing; CI runs with ../shared beside the clone`);
  return false;
};

export const hasSeeds = hasSharedData(SEEDS_DIR);

/** The seed documents in ../shared, read in place: names like 001_ab32426d03eee6a3. */
export const seedNames = (): string[] =>
  hasSeeds
    ? readdirSync(SEEDS_DIR)
        .filter((name) => name.endsWith('.input.txt'))
        .map((name) => name.slice(0, -'.input.txt'.length))
        .sort()
    : [];
