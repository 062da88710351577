export * from "./case-items";
export type { DialectName } from "./database";
export { defaultStorePath, isPostgresUrl, openStore } from "./open-store";
export { attachTextAsSource } from "./source-for-text";
export { textSha256 } from "./source-texts";
export * from "./store";
