import { join } from "node:path";
import { describe, it } from "vitest";
import { corpusFolder, corpusMissing } from "./corpus";

/** The resolver of corpus paths when the corpus holds every one of `files`, else undefined after printing why. */
function corpusFor(name: string, files: readonly string[]): ((file: string) => string) | undefined {
  const missing = corpusMissing(files);
  const folder = corpusFolder();
  if (missing !== undefined || folder === undefined) {
    console.log(`skipped "${name}": ${missing ?? "no corpus folder"}`);
    return undefined;
  }
  return (file) => join(folder, file);
}

/**
 * A `describe` group over corpus files: runs `body` with a resolver of their paths when the
 * corpus holds every one of them, else registers the group as skipped and prints one line saying
 * why and how to provide the files (PARLEY_CORPUS).
 */
export function describeWithCorpus(
  name: string,
  files: readonly string[],
  body: (path: (file: string) => string) => void,
): void {
  const path = corpusFor(name, files);
  // The texts are third-party and not in the repository: without them the group cannot run, and
  // the run says so (the line printed above) instead of passing silently.
  describe.skipIf(path === undefined)(name, () => {
    if (path === undefined) it(`needs ${files.join(", ")} from PARLEY_CORPUS`, () => {});
    else body(path);
  });
}

/** One test over corpus files, skipped with a printed reason when the corpus lacks them. */
export function itWithCorpus(
  name: string,
  files: readonly string[],
  body: (path: (file: string) => string) => void,
): void {
  const path = corpusFor(name, files);
  // Skipped only when the third-party texts are absent, with the reason printed above.
  it.skipIf(path === undefined)(name, () => {
    if (path !== undefined) body(path);
  });
}
