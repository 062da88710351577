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
  // `blank` names the empty choice, where the field may be left unjudged.
  const pick = (
    label: string,
    key: keyof CertaintyDraft,
    choices: readonly (string | number)[],
    blank?: string,
  ) => (
    <label>
      {label}
      <select value={value[key]} onChange={(e) => set({ [key]: e.target.value })}>
        {blank === undefined ? null : <option value="">{blank}</option>}
        {choices.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {pick("Hedge", "hedge", hedgeChoices)}
      {pick("Stance", "stance", stances)}
      {value.reliability !== undefined &&
        pick("Reliability", "reliability", reliabilities, "source's")}
      {pick("Credibility", "credibility", credibilities, "not judged")}
    </>
  );
}
