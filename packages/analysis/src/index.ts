export * from "./case-filter";
export * from "./case-index";
