import {
  type Case,
  type CaseInput,
  caseSchema,
  type FuzzyTime,
  parseFuzzyTime,
  type Role,
  roles,
} from "@parley/core";

/** A time read from a phrase, for fixtures; throws on a phrase the parser refuses. */
export function time(text: string): FuzzyTime {
  const r = parseFuzzyTime(text);
  if (!r.ok) throw r.error;
  return r.value;
}

/** A case from a partial input with the schema's defaults applied, for fixtures. */
export function testCase(input: Partial<CaseInput>): Case {
  return caseSchema.parse({ id: "test", title: "Test case", ...input });
}

/**
 * Participants written as `actor:role`, for fixtures: `participants("ru:host", "cn:attendee")`.
 * Throws on a pair that is not an actor and a role of the model.
 */
export function participants(...pairs: string[]): { actor: string; role: Role }[] {
  return pairs.map((pair) => {
    const [actor, role, ...rest] = pair.split(":");
    const known = (roles as readonly string[]).includes(role ?? "");
    if (!actor || !known || rest.length > 0)
      throw new Error(`participants: "${pair}" is not actor:role with a role of the model`);
    return { actor, role: role as Role };
  });
}
