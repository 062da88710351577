import { existsSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

/**
 * The folder of third-party texts some tests read (the founding essay, the further sources, the
 * PLOVER records, confli-train): `$PARLEY_CORPUS`, else the repository's sibling `shared` folder
 * when there is one. These texts are not part of the repository, so tests over them skip without it.
 */
export function corpusFolder(): string | undefined {
  const named = process.env.PARLEY_CORPUS;
  if (named !== undefined && named !== "") {
    return isAbsolute(named) ? named : resolve(repoRoot, named);
  }
  const sibling = join(repoRoot, "..", "shared");
  return existsSync(sibling) ? sibling : undefined;
}

/** Why the corpus cannot serve `files` (relative to the corpus folder), or undefined when it can. */
export function corpusMissing(files: readonly string[]): string | undefined {
  const folder = corpusFolder();
  if (folder === undefined) {
    return `no corpus folder: set PARLEY_CORPUS to the folder holding ${files.join(", ")} (default <repo>/../shared, absent)`;
  }
  const absent = files.filter((f) => !existsSync(join(folder, f)));
  if (absent.length > 0) {
    return `PARLEY_CORPUS folder ${folder} lacks ${absent.join(", ")}`;
  }
  return undefined;
}

/** The absolute path of a corpus file, or undefined when the corpus does not hold it. */
export function corpusFile(file: string): string | undefined {
  const folder = corpusFolder();
  if (folder === undefined) return undefined;
  const path = join(folder, file);
  return existsSync(path) ? path : undefined;
}
