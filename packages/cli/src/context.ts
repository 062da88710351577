import type { Case } from "@parley/core";
import type { CaseSummary, Store } from "@parley/store";

/** A progress bar on stderr (a no-op when stderr is not a terminal or `--quiet`). */
export interface Progress {
  update(done: number, total?: number): void;
  stop(): void;
}

/**
 * What every command receives from the CLI's shell: output streams, the store, and the case.
 * Commands print through `out`/`err` so that tests can capture them.
 */
export interface CliContext {
  /** Writes to stdout (a newline is added). */
  out(text: string): void;
  /** Writes to stderr (a newline is added). */
  err(text: string): void;
  /** Opens the store: `--db` value, else $PARLEY_DB, else `.parley/parley.db` in the working folder. */
  openStore(db?: string): Promise<Store>;
  /**
   * The case with this id from the store; a built-in case (cases/<id>) is imported first when the
   * store does not have it yet. Throws ParleyError `not_found` otherwise.
   */
  loadCase(caseId: string, options?: { db?: string }): Promise<Case>;
  /**
   * Makes sure the store holds the case, importing a built-in case first as `loadCase` does, and
   * gives its summary without reading the case. Throws ParleyError `not_found` otherwise.
   */
  ensureCase(caseId: string, options?: { db?: string }): Promise<CaseSummary>;
  /** A progress bar labelled `label`. */
  progress(label: string, total: number): Progress;
}
