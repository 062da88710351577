import { Command } from "commander";
import type { CliContext } from "../context";

/**
 * Runs `args` through a program holding only the commands `register` adds, with a context that
 * has no store (unless `context` gives one) and prints into the returned lines, stderr's too.
 * Test support only.
 */
export async function runCommands(
  register: (program: Command, ctx: CliContext) => void,
  args: string[],
  context: Partial<CliContext> = {},
): Promise<string[]> {
  const lines: string[] = [];
  const ctx: CliContext = {
    out: (t) => lines.push(t),
    err: (t) => lines.push(t),
    openStore: () => Promise.reject(new Error("no store in this test")),
    loadCase: () => Promise.reject(new Error("no store in this test")),
    ensureCase: () => Promise.reject(new Error("no store in this test")),
    progress: () => ({ update() {}, stop() {} }),
    ...context,
  };
  const program = new Command("parley").exitOverride();
  register(program, ctx);
  await program.parseAsync(args, { from: "user" });
  return lines;
}
