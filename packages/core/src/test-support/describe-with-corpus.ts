import { join } from "node:path";
import { describe, it } from "vitest";
import { corpusFolder, corpusMissing } from "./corpus";

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
  const missing = corpusMissing(files);
  const folder = corpusFolder();
  if (missing !== undefined || folder === undefined) {
    console.log(`skipped "${name}": ${missing ?? "no corpus folder"}`);
    describe.skip(name, () => {
      it.skip(`needs ${files.join(", ")} from PARLEY_CORPUS`, () => {});
    });
    return;
  }
  describe(name, () => body((file) => join(folder, file)));
}
