import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// The sources (packages/cli/src) and the bundle's chunks (packages/cli/dist/...) sit at different
// depths below the repository's root: look upwards for the folder that holds `cases/`.
function findCasesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, "cases")) && existsSync(join(dir, "package.json")))
      return `${join(dir, "cases")}/`;
    const up = dirname(dir);
    if (up === dir) return fileURLToPath(new URL("../../../cases/", import.meta.url));
    dir = up;
  }
}
const CASES_DIR = findCasesDir();

/** The folder of the built-in cases that ship with Parley. */
export function builtinCasesDir(): string {
  return CASES_DIR;
}

/** The folder of a built-in case, or undefined when Parley ships no case with that id. */
export function builtinCaseDir(id: string): string | undefined {
  const dir = `${CASES_DIR}${id}`;
  return /^[a-z0-9-]+$/.test(id) && existsSync(`${dir}/case.yaml`) ? dir : undefined;
}

/** The ids of the built-in cases. */
export function builtinCaseIds(): string[] {
  if (!existsSync(CASES_DIR)) return [];
  return readdirSync(CASES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(`${CASES_DIR}${d.name}/case.yaml`))
    .map((d) => d.name)
    .sort();
}
