import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

// Both the sources (packages/cli/src) and the bundle (packages/cli/dist) sit three levels below the root.
const CASES_DIR = fileURLToPath(new URL("../../../cases/", import.meta.url));

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
