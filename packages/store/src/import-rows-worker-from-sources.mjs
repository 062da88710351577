// Starts an import worker thread from the TypeScript sources (under Vitest or tsx). Node 20 does
// not hand `--import` loaders on to worker threads, so the thread registers tsx itself before it
// loads the real entry, import-rows-worker.ts. The CLI bundle starts import-rows-worker.mjs.
import { register } from "tsx/esm/api";

register();
await import("./import-rows-worker.ts");
