export * from "./case-file";
export * from "./case-json-schema";
export * from "./csl";
export * from "./errors";
export * from "./fuzzy-time";
export * from "./model";
export * from "./text-anchor";
export * from "./validate-case";
