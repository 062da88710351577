import { formatLocation, ParleyError } from "@parley/core";
import { CommanderError } from "commander";
import { createCliContext } from "./cli-context";
import { createProgram } from "./program";

/**
 * Runs the CLI with `argv` (without node and script) and returns the exit code: 0 on success, 1 on
 * an error of the input or the store, 2 on a usage error. Every error is reported here, once.
 */
export async function run(
  argv: string[],
  io?: { stdout?: (s: string) => void; stderr?: (s: string) => void },
): Promise<number> {
  const ctx = createCliContext(io);
  const program = await createProgram(ctx, argv);
  try {
    await program.parseAsync(argv, { from: "user" });
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof ParleyError) {
      const where = e.location ? `${formatLocation(e.location)}: ` : "";
      ctx.err(`error [${e.code}]: ${where}${e.describe()}`);
      return 1;
    }
    ctx.err(`error [bug]: ${(e as Error)?.stack ?? String(e)}`);
    return 1;
  } finally {
    await ctx.close();
  }
}
