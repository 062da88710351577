import type { Case, Claim } from "@parley/core";
import { caseIndex } from "./case-index";

/**
 * The claims about a record, in case order: those whose subject is the record (`relation:x`), and
 * for an event also those about its participations (`participation:<event>/<actor>/<role>`), since
 * who attended, declined or was left out is part of what a meeting was. With `parts: false`, only
 * the claims about the record itself, for views that show each participation's claims apart.
 */
export function claimsAbout(c: Case, subject: string, options: { parts?: boolean } = {}): Claim[] {
  const own = caseIndex(c).claimsBySubject.get(subject) ?? [];
  if (options.parts === false || !subject.startsWith("event:")) return own;
  const prefix = `participation:${subject.slice("event:".length)}/`;
  return c.claims.filter((k) => k.subject === subject || k.subject.startsWith(prefix));
}
