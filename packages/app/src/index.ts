export * from "./decide-proposal";
export * from "./record-checks";
export * from "./record-writes";
