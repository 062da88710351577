// The entry of a forecast worker thread (see `kernelInWorkers`): it runs the Monte Carlo kernel
// on each block of runs it is sent and posts the result back, handing over its arrays rather than
// copying them. scripts/build.mjs bundles it as `kernel-worker.mjs` next to the CLI bundle.
import { parentPort } from "node:worker_threads";
import { kernelFunctions } from "./kernel-functions";
import { type KernelTask, monteCarloKernel } from "./monte-carlo-kernel";

const port = parentPort;
if (port === null) throw new Error("kernel-worker runs as a worker thread, not as a program");
port.on("message", (task: KernelTask) => {
  const r = monteCarloKernel(task, kernelFunctions);
  // The kernel allocates its arrays itself, never over shared memory, so each can be handed over.
  const buffers = [r.outcomes, r.inputSums, r.outcomeSums].map((a) => a.buffer as ArrayBuffer);
  port.postMessage(r, buffers);
});
