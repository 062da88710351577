// Runs the bundled CLI as a fresh process and reports its wall time, its own CPU time and peak
// RSS (from the child's `process.resourceUsage()` when it exits).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../packages/cli/dist/parley.mjs", import.meta.url));

const REPORT = `data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nRUSAGE "+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1e6,rss:u.maxRSS/1024})+"\\n")})`;

export interface Run {
  wall: number;
  cpu: number;
  rssMb: number;
}

/** `parley <args>` in a fresh process; throws with its stderr when it fails. */
export function runCli(args: readonly string[]): Run {
  if (!existsSync(cli)) throw new Error("build the CLI first: node scripts/build.mjs");
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", REPORT, cli, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`parley ${args.join(" ")} failed: ${r.stderr}`);
  const line = r.stderr.split("\n").find((l) => l.startsWith("RUSAGE "));
  const u = JSON.parse(line?.slice(7) ?? "{}") as { cpu: number; rss: number };
  return { wall, cpu: u.cpu, rssMb: u.rss };
}
