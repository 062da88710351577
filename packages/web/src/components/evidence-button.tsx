import type { Hedge } from "@parley/core";

/**
 * A small button that opens the evidence for a record: how many claims hold it and how certain
 * the most certain of them is (reported, alleged, speculated, analyst).
 */
export function EvidenceButton({
  count,
  certainty,
  onOpen,
  label,
}: {
  count: number;
  certainty: Hedge | undefined;
  onOpen(): void;
  label?: string;
}) {
  const text = count === 0 ? "no claim" : `${count} claim${count === 1 ? "" : "s"}`;
  return (
    <button
      type="button"
      className={`evidence-button hedge-${certainty ?? "none"}`}
      onClick={onOpen}
      aria-label={`${label ?? "Evidence"}: ${text}${certainty ? `, ${certainty}` : ""}`}
    >
      {text}
      {certainty && certainty !== "reported" ? ` · ${certainty}` : ""}
    </button>
  );
}
