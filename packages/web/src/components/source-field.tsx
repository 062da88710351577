import type { Source } from "@parley/core";

/** A labelled choice among a case's sources by title, with a first option for none of them. */
export function SourceField({
  label,
  sources,
  value,
  none,
  onChange,
}: {
  label: string;
  sources: readonly Source[];
  value: string;
  /** The label of the empty choice: what choosing no source means. */
  none: string;
  onChange(source: string): void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{none}</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </select>
    </label>
  );
}
