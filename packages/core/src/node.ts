/**
 * The parts of the core that need Node: reading a case folder from disk and hashing a source's
 * text. `@parley/core` itself imports nothing from `node:`, so the workbench can use the model.
 */
export * from "./case-folder";
export * from "./case-folder-stream";
export * from "./text-fingerprint";
