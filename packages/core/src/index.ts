export * from "./errors";
export * from "./fuzzy-time";
export * from "./model";
