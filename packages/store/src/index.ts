export * from "./case-items";
export type { DialectName } from "./database";
export { defaultStorePath, isPostgresUrl, openStore } from "./open-store";
export { textSha256 } from "./source-texts";
export * from "./store";
