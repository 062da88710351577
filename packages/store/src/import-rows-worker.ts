// A worker thread of a streamed case import (`importCaseRecords` with a source that can be opened
// again): it reads the case folder, checks every record (schema and `CaseStreamCheck`), and
// turns the records into row values, which it posts to the thread that writes them; so reading
// and checking run beside the writes. scripts/build.mjs bundles it as `import-rows-worker.mjs`
// next to the CLI bundle; from the sources it starts through import-rows-worker-from-sources.mjs.
import { parentPort, workerData } from "node:worker_threads";
import { CaseStreamCheck } from "@parley/core";
import { openCaseFolderStream } from "@parley/core/node";
import { type ImportRowsIn, type ImportRowsOut, readRows } from "./import-rows";

const port = parentPort;
if (port === null) throw new Error("import-rows-worker runs as a worker thread, not as a program");
const input = workerData as ImportRowsIn;
const post = (m: ImportRowsOut) => port.postMessage(m);

// At most this many batches posted and not yet written: memory stays flat when writes are slower.
const AHEAD = 4;
let acked = 0;
let wake: (() => void) | undefined;
port.on("message", (m: { ack: number }) => {
  acked = m.ack;
  wake?.();
});

try {
  const opened = openCaseFolderStream(input.folder, { displayRoot: input.displayRoot });
  if (!opened.ok) throw opened.error;
  let sent = 0;
  const result = await readRows(opened.value, new CaseStreamCheck(), input, async (batch) => {
    post({ kind: "rows", ...batch });
    sent++;
    while (sent - acked > AHEAD) await new Promise<void>((r) => (wake = r));
  });
  post({ kind: "done", ...result });
} catch (e) {
  const code = (e as { code?: unknown }).code;
  post({
    kind: "error",
    message: (e as Error).message ?? String(e),
    ...(typeof code === "string" ? { code } : {}),
  });
}
port.close();
