import {
  type Case,
  type CaseInput,
  caseSchema,
  type FuzzyTime,
  parseFuzzyTime,
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
