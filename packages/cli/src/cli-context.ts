import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type Case, ParleyError } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { openStore, type Store } from "@parley/store";
import { SingleBar } from "cli-progress";
import { builtinCaseDir } from "./builtin-cases";
import type { CliContext, Progress } from "./context";

/** The store path used when neither `--db` nor $PARLEY_DB is given. */
export const DEFAULT_DB = ".parley/parley.db";

/** Resolves the store target: a postgres URL or `:memory:` as given, a file path made absolute. */
export function storeTarget(db?: string): string {
  const t = db ?? process.env.PARLEY_DB ?? DEFAULT_DB;
  if (t === ":memory:" || /^postgres(ql)?:\/\//.test(t)) return t;
  const path = resolve(t);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/**
 * The context the real CLI runs with: stdout/stderr, one store per target kept open for the
 * command's life, and built-in cases imported on first use.
 */
export function createCliContext(options?: {
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
  quiet?: boolean;
}): CliContext & { close(): Promise<void> } {
  const stdout = options?.stdout ?? ((s: string) => process.stdout.write(s));
  const stderr = options?.stderr ?? ((s: string) => process.stderr.write(s));
  const stores = new Map<string, Promise<Store>>();
  const ctx: CliContext & { close(): Promise<void> } = {
    out: (text) => stdout(`${text}\n`),
    err: (text) => stderr(`${text}\n`),
    openStore(db) {
      const target = storeTarget(db);
      let s = stores.get(target);
      if (!s) {
        s = openStore(target);
        stores.set(target, s);
      }
      return s;
    },
    async ensureCase(caseId, opts) {
      const store = await ctx.openStore(opts?.db);
      const known = (await store.listCases()).find((c) => c.id === caseId);
      if (known) return known;
      const dir = builtinCaseDir(caseId);
      if (!dir) {
        throw new ParleyError(
          "not_found",
          `Loading case "${caseId}": the store has no such case and Parley ships none by that name`,
        );
      }
      const loaded = loadCaseFolder(dir);
      if (!loaded.ok) throw loaded.error;
      await store.importCase(loaded.value);
      const imported = (await store.listCases()).find((c) => c.id === caseId);
      if (!imported) throw new Error(`case "${caseId}" missing right after its import`);
      return imported;
    },
    async loadCase(caseId, opts) {
      await ctx.ensureCase(caseId, opts);
      return (await ctx.openStore(opts?.db)).exportCase(caseId);
    },
    progress(label, total) {
      if (options?.quiet || !process.stderr.isTTY)
        return { update() {}, stop() {} } satisfies Progress;
      const bar = new SingleBar({
        format: `${label} [{bar}] {percentage}% {value}/{total}`,
        stream: process.stderr,
        clearOnComplete: true,
      });
      bar.start(total, 0);
      return {
        update(done, newTotal) {
          if (newTotal !== undefined) bar.setTotal(newTotal);
          bar.update(done);
        },
        stop() {
          bar.stop();
        },
      };
    },
    async close() {
      // A store that failed to open has already been reported by the command that asked for it.
      for (const s of stores.values())
        await s.then(
          (store) => store.close(),
          () => undefined,
        );
      stores.clear();
    },
  };
  return ctx;
}

export type { Case };
