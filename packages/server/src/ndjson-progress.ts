import { apiErrorOf } from "./api-error";

/** One progress report of a long job. */
export interface ProgressEvent {
  done: number;
  total: number;
  /** What the job is at ("paragraph 3", "run 200"). */
  stage?: string;
}

/** Reports progress; cheap to call often (reports are thinned to at most one per 1% step). */
export type ProgressReporter = (event: ProgressEvent) => void;

/**
 * A streamed answer for long work, as newline-delimited JSON: `{"type":"progress",...}` lines
 * while `run` works, then one `{"type":"result","result":...}` line, or one
 * `{"type":"error","error":{code,message,path}}` line when it fails (the status is already 200 by then).
 */
export function ndjsonProgress(run: (progress: ProgressReporter) => Promise<unknown>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) =>
        controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
      let lastStep = -1;
      const progress: ProgressReporter = (e) => {
        const step = e.total > 0 ? Math.floor((e.done / e.total) * 100) : e.done;
        if (step === lastStep && e.done !== e.total) return;
        lastStep = step;
        send({ type: "progress", ...e });
      };
      try {
        const result = await run(progress);
        send({ type: "result", result });
      } catch (e) {
        send({ type: "error", error: apiErrorOf(e).body });
      }
      controller.close();
    },
  });
  return new Response(body, {
    status: 200,
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}
