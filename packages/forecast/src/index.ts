export * from "./csv-rows";
export * from "./forecast-input";
export * from "./ktab-csv";
export * from "./nash-bargaining";
export * from "./prng";
export * from "./spatial-model";
export * from "./weighted-mean";
export * from "./weighted-median";
