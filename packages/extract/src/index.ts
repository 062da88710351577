export * from "./accepted-records";
export * from "./evaluation/confli-evaluation";
export * from "./evaluation/confli-meetings";
export * from "./evaluation/essay-evaluation";
export * from "./evaluation/gold-evaluation";
export * from "./evaluation/gold-set";
export * from "./evaluation/plover-evaluation";
export * from "./evaluation/scores";
export * from "./event-classes";
export * from "./extract-document";
export * from "./extraction";
export * from "./extraction-stream";
export {
  builtInGazetteer,
  type CaseActor,
  type Gazetteer,
  type GazetteerActor,
  gazetteerWithCase,
} from "./gazetteer/gazetteer";
export * from "./lexicon";
export * from "./proposals";
export * from "./source-text";
export { sentenceTimes, type TimeMention } from "./time-expressions";
