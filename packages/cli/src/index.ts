export * from "./builtin-cases";
export * from "./cli-context";
export type * from "./context";
export * from "./program";
export * from "./run";
