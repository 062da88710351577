import { createHash } from "node:crypto";
import { normaliseText } from "./text-anchor";

/** SHA-256 (hex) and length in UTF-16 code units of the normalised text: a source's fingerprint. */
export function fingerprint(text: string): { sha256: string; length: number } {
  const t = normaliseText(text);
  return { sha256: createHash("sha256").update(t, "utf8").digest("hex"), length: t.length };
}
