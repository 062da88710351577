import { run } from "../run";

/** Runs the CLI in-process with `args`, returning its exit code and what it printed. Test support only. */
export async function parley(
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await run(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
  });
  return { code, out, err };
}
