import { declaredName } from "./declared-name";
import { expectedUtilityModelSource } from "./expected-utility-model";
import { monteCarloKernel } from "./monte-carlo-kernel";
import { nashBargaining } from "./nash-bargaining";
import { prng } from "./prng";
import { spatialModelSource } from "./spatial-model";
import { weightedMean } from "./weighted-mean";
import { weightedMedian } from "./weighted-median";

/**
 * The plain-JavaScript source of a worker thread that runs `monteCarloKernel` on each task it is
 * sent. It is assembled from the functions' own compiled text, so the same code runs under a
 * TypeScript loader, in tests and in the bundled CLI, and no worker file needs to exist on disk.
 * `__name` is defined because some compilers wrap functions with it to keep their names.
 */
export function kernelWorkerSource(): string {
  const fn = (name: string, f: (...args: never[]) => unknown) => `var ${name} = ${f.toString()};`;
  const eu = expectedUtilityModelSource();
  const smp = spatialModelSource();
  const random = declaredName(prng);
  return [
    "var __name = function (f) { return f; };",
    fn("weightedMean", weightedMean),
    fn("weightedMedian", weightedMedian),
    fn("nashBargaining", nashBargaining),
    prng.toString(),
    eu.source,
    smp.source,
    fn("monteCarloKernel", monteCarloKernel),
    "var fns = {",
    "  weightedMean: weightedMean, weightedMedian: weightedMedian, nashBargaining: nashBargaining,",
    `  prng: ${random},`,
    `  expectedUtilityForecast: function (a, s, o) { return ${eu.forecast}(a, s, o); },`,
    `  spatialOutcome: function (input, o) { return ${smp.run}(input, o, ${random}(o.seed)).outcome; },`,
    "};",
    'var wt = require("node:worker_threads");',
    "wt.parentPort.on('message', function (task) {",
    "  var r = monteCarloKernel(task, fns);",
    "  wt.parentPort.postMessage(r, [r.outcomes.buffer, r.inputSums.buffer, r.outcomeSums.buffer]);",
    "});",
  ].join("\n");
}
