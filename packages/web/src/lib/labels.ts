/** Readable labels for the model's codes. */

/** `not_invited` → `not invited`. */
export function codeLabel(code: string): string {
  return code.replace(/_/g, " ");
}

/** What the Admiralty reliability letters mean. */
export const reliabilityMeaning: Record<string, string> = {
  A: "completely reliable",
  B: "usually reliable",
  C: "fairly reliable",
  D: "not usually reliable",
  E: "unreliable",
  F: "reliability cannot be judged",
};

/** What the Admiralty credibility digits mean. */
export const credibilityMeaning: Record<string, string> = {
  "1": "confirmed",
  "2": "probably true",
  "3": "possibly true",
  "4": "doubtful",
  "5": "improbable",
  "6": "truth cannot be judged",
};

/** A URL that is safe to link to (http or https only). */
export function safeUrl(url: string | undefined): string | undefined {
  return url && /^https?:\/\//i.test(url) ? url : undefined;
}
