import { slugOf } from "@parley/core/slug";

/** A free source id made from a title: "Wire report, 3 May" is `wire-report-3-may`. */
export function newSourceId(title: string, taken: ReadonlySet<string>): string {
  const base = slugOf(title, 48) || "source";
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
