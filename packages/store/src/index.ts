export * from "./case-items";
export type { DialectName } from "./database";
export type { CaseExport, LargeList } from "./export-case";
export { defaultStorePath, isPostgresUrl, openStore } from "./open-store";
export type { KindedRecord } from "./records-naming";
export { attachTextAsSource } from "./source-for-text";
export { textSha256 } from "./source-texts";
export * from "./store";
