export * from "./decide-proposal";
export * from "./record-checks";
