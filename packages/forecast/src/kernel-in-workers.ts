import { Worker } from "node:worker_threads";
import type { KernelResult, KernelTask } from "./monte-carlo-kernel";

/**
 * The entry of a forecast worker thread, found next to the module at `moduleUrl`: in the CLI
 * bundle, `kernel-worker.mjs`, which scripts/build.mjs writes into the folder that holds every
 * file of the bundle; from the TypeScript sources (Vitest, tsx), `kernel-worker-from-sources.mjs`,
 * which registers tsx in the thread and then loads `kernel-worker.ts`.
 */
export function kernelWorkerUrl(moduleUrl: string = import.meta.url): URL {
  const fromSources = new URL(moduleUrl).pathname.endsWith(".ts");
  return new URL(
    fromSources ? "./kernel-worker-from-sources.mjs" : "./kernel-worker.mjs",
    moduleUrl,
  );
}

/**
 * Runs a Monte Carlo task on `threads` worker threads, in chunks so progress can be reported,
 * and merges the chunks. The outcomes are identical to a single-threaded run, since each run
 * draws from its own seeded stream; the correlation sums agree up to rounding.
 */
export async function kernelInWorkers(
  task: KernelTask,
  threads: number,
  onProgress?: (done: number, total: number) => void,
): Promise<KernelResult> {
  const total = task.end - task.start;
  const chunk = Math.max(1, Math.ceil(total / Math.max(1, threads * 8)));
  const chunks: [number, number][] = [];
  for (let s = task.start; s < task.end; s += chunk)
    chunks.push([s, Math.min(task.end, s + chunk)]);
  const nM = task.models.length;
  const nI = task.issues;
  const outcomes = new Float64Array(nM * nI * total);
  const parts: (KernelResult | undefined)[] = new Array(chunks.length).fill(undefined);
  const entry = kernelWorkerUrl();
  const pool = Array.from(
    { length: Math.max(1, Math.min(threads, chunks.length)) },
    () => new Worker(entry),
  );
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let current = -1;
            const send = () => {
              if (next >= chunks.length) {
                resolve();
                return;
              }
              current = next++;
              const [start, end] = chunks[current] as [number, number];
              worker.postMessage({ ...task, start, end });
            };
            worker.on("message", (r: KernelResult) => {
              parts[current] = r;
              const [start, end] = chunks[current] as [number, number];
              done += end - start;
              onProgress?.(done, total);
              send();
            });
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`forecast worker stopped with exit code ${code}`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  let inputSums: Float64Array | undefined;
  let outcomeSums: Float64Array | undefined;
  chunks.forEach(([start, end], c) => {
    const r = parts[c] as KernelResult;
    const len = end - start;
    for (let mk = 0; mk < nM * nI; mk++) {
      outcomes.set(
        r.outcomes.subarray(mk * len, (mk + 1) * len),
        mk * total + (start - task.start),
      );
    }
    if (inputSums === undefined || outcomeSums === undefined) {
      inputSums = new Float64Array(r.inputSums);
      outcomeSums = new Float64Array(r.outcomeSums);
    } else {
      for (let i = 0; i < inputSums.length; i++)
        inputSums[i] = (inputSums[i] as number) + (r.inputSums[i] as number);
      for (let i = 0; i < outcomeSums.length; i++)
        outcomeSums[i] = (outcomeSums[i] as number) + (r.outcomeSums[i] as number);
    }
  });
  return {
    outcomes,
    inputSums: inputSums ?? new Float64Array(0),
    outcomeSums: outcomeSums ?? new Float64Array(0),
  };
}
