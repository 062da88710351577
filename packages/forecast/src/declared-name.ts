/**
 * The identifier a compiled function declaration binds, read from its source text. A bundler may
 * rename a function (and every call to it) while keeping its `name` property, so worker sources
 * assembled from `toString()` must use this name, not `f.name`.
 */
export function declaredName(f: (...args: never[]) => unknown): string {
  const m = /^(?:async\s+)?function\s*\*?\s*([\w$]+)/.exec(f.toString());
  if (m === null) throw new Error(`not a function declaration: ${f.toString().slice(0, 40)}`);
  return m[1] as string;
}
