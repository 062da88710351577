import { credibilities, hedges, reliabilities, stances } from "@parley/core/vocabulary";

/** The certainty of a claim being written, as form strings ("" where not judged). */
export interface CertaintyDraft {
  hedge: string;
  stance: string;
  credibility: string;
  reliability?: string;
}

/**
 * The hedge, stance, credibility and (when the draft has one) reliability selects of a claim form,
 * shared by the editor and the coding page. `withAnalyst: false` leaves out the `analyst` hedge,
 * for claims that rest on a source span.
 */
export function CertaintyFields<T extends CertaintyDraft>(props: {
  value: T;
  onChange: (next: T) => void;
  withAnalyst?: boolean;
}) {
  const { value, onChange } = props;
  const set = (patch: Partial<CertaintyDraft>) => onChange({ ...value, ...patch });
  const hedgeChoices = props.withAnalyst === false ? hedges.filter((h) => h !== "analyst") : hedges;
  return (
    <>
      <label>
        Hedge
        <select value={value.hedge} onChange={(e) => set({ hedge: e.target.value })}>
          {hedgeChoices.map((h) => (
            <option key={h}>{h}</option>
          ))}
        </select>
      </label>
      <label>
        Stance
        <select value={value.stance} onChange={(e) => set({ stance: e.target.value })}>
          {stances.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      {value.reliability !== undefined && (
        <label>
          Reliability
          <select value={value.reliability} onChange={(e) => set({ reliability: e.target.value })}>
            <option value="">source's</option>
            {reliabilities.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
      )}
      <label>
        Credibility
        <select value={value.credibility} onChange={(e) => set({ credibility: e.target.value })}>
          <option value="">not judged</option>
          {credibilities.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </label>
    </>
  );
}
