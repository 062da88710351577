export * from "./extract-document";
export * from "./extraction";
export { builtInGazetteer, type CaseActor, gazetteerWithCase } from "./gazetteer/gazetteer";
export * from "./lexicon";
