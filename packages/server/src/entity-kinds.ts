import type { Case } from "@parley/core";
import { fieldKinds } from "@parley/store";

/** The plural path segment of each kind of record (`/api/cases/{case}/actors`) and its field in a Case. */
export const kindPaths = fieldKinds;

/** A plural path segment naming a kind of record. */
export type KindPath = keyof typeof kindPaths;

/** The path segments, in case order. */
export const kindPathNames = Object.keys(kindPaths) as KindPath[];

/** The Case field that lists the records of a path segment (the segment is the field name). */
export function caseList(c: Case, path: KindPath): readonly { id: string }[] {
  return c[path];
}
