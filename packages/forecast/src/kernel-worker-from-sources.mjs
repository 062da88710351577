// Starts a forecast worker thread from the TypeScript sources (under Vitest or tsx). Node 20 does
// not hand `--import` loaders on to worker threads, so the thread registers tsx itself before it
// loads the real entry, kernel-worker.ts. The CLI bundle starts kernel-worker.mjs instead.
import { register } from "tsx/esm/api";

register();
await import("./kernel-worker.ts");
