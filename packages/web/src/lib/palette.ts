/** Colours of the workbench's charts: categorical palettes that stay readable on white. */

/** Ten distinct colours (after Tableau 10) for blocs, kinds and processes. */
export const categorical = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#76b7b2",
  "#59a14f",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#bab0ac",
] as const;

/** A colour for each category, in the order the categories are first seen. */
export function colourMap(categories: Iterable<string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of categories) {
    if (!m.has(c)) m.set(c, categorical[m.size % categorical.length] as string);
  }
  return m;
}

/** Relation types coloured by what they mean: cooperation greens and blues, hostility reds. */
export const relationColours: Record<string, string> = {
  supports: "#2f7d32",
  allied_with: "#1b5e20",
  arms: "#8e24aa",
  trains: "#6a1b9a",
  funds: "#00897b",
  shares_intelligence: "#0277bd",
  cooperates_with: "#43a047",
  member_of: "#5d4037",
  represents: "#795548",
  recognizes: "#00838f",
  contacts: "#546e7a",
  negotiates_with: "#3949ab",
  opposes: "#c62828",
  rival_of: "#e53935",
  co_attendance: "#c9ced6",
};
