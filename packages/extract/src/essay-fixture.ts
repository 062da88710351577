import type { CaseActor } from "./gazetteer/gazetteer";

/** The actors of the Afghanistan case as its case file names them (ids, kinds, aliases). */
export const afghanistanCaseActors: readonly CaseActor[] = [
  { id: "russia", name: "Russia", kind: "state", aliases: ["Russian Federation"] },
  { id: "united-states", name: "United States", kind: "state", aliases: ["U.S.", "US", "USA"] },
  { id: "afghanistan", name: "Afghanistan", kind: "state", aliases: [] },
  {
    id: "afghan-government",
    name: "Afghan government",
    kind: "government",
    aliases: ["Government of Afghanistan", "Kabul"],
  },
  { id: "taliban", name: "Taliban", kind: "armed_group", aliases: ["Taleban", "Islamic Emirate"] },
  { id: "china", name: "China", kind: "state", aliases: [] },
  { id: "pakistan", name: "Pakistan", kind: "state", aliases: [] },
  { id: "india", name: "India", kind: "state", aliases: [] },
];
