import type { Route } from "../state/route";

const hedgeNames = ["reported", "alleged", "speculated", "analyst"] as const;

/**
 * The claim filters every view shares: which hedges count, the weakest reliability and
 * credibility kept, and "as known on" a date. They live in the address like the time window.
 */
export function FilterMenu({
  route,
  onChange,
}: {
  route: Route;
  onChange(params: Record<string, string>): void;
}) {
  const hedges = route.params.hedges ? route.params.hedges.split(",") : [...hedgeNames];
  const toggle = (h: string) => {
    const next = hedges.includes(h) ? hedges.filter((x) => x !== h) : [...hedges, h];
    onChange({ hedges: next.length === hedgeNames.length ? "" : next.join(",") });
  };
  const active = ["hedges", "minReliability", "minCredibility", "asOf"].some(
    (k) => route.params[k],
  );
  const weakest = (
    k: "minReliability" | "minCredibility",
    label: string,
    grades: readonly string[],
  ) => (
    <label>
      {label}{" "}
      <select value={route.params[k] ?? ""} onChange={(e) => onChange({ [k]: e.target.value })}>
        <option value="">any</option>
        {grades.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <details className="filter-menu">
      <summary>Filters{active ? " (on)" : ""}</summary>
      <div className="filter-body">
        <fieldset>
          <legend>Hedges that count</legend>
          {hedgeNames.map((h) => (
            <label key={h}>
              <input type="checkbox" checked={hedges.includes(h)} onChange={() => toggle(h)} /> {h}
            </label>
          ))}
        </fieldset>
        {weakest("minReliability", "Weakest reliability", ["A", "B", "C", "D", "E"])}
        {weakest("minCredibility", "Weakest credibility", ["1", "2", "3", "4", "5"])}
        <label>
          As known on{" "}
          <input
            type="date"
            value={route.params.asOf ?? ""}
            onChange={(e) => onChange({ asOf: e.target.value })}
          />
        </label>
      </div>
    </details>
  );
}
