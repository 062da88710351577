import { type FuzzyTime, parseFuzzyTime } from "../fuzzy-time";
import { type Case, type CaseInput, caseSchema, type RelationType, type Role } from "../model";
import { roles } from "../vocabulary";

/** One element of a list of a case input: `Item<"claims">` is a claim as a case file writes it. */
export type Item<K extends keyof CaseInput> =
  NonNullable<CaseInput[K]> extends readonly (infer T)[] ? T : never;

type ActorInput = Item<"actors">;
type EventInput = Item<"events">;
type RelationInput = Item<"relations">;
type PositionInput = Item<"positions">;
type ClaimInput = Item<"claims">;

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

/** An actor of a fixture: `actor("ru", "Russia", "state", { metonyms: ["Moscow"] })`. */
export function actor(
  id: string,
  name: string,
  kind: ActorInput["kind"],
  more: Partial<ActorInput> = {},
): ActorInput {
  return { id, name, kind, ...more };
}

/**
 * An event of a fixture, a CONSULT unless `more` says otherwise, with its participants written
 * as `actor:role`: `event("m1", "Meeting", { date: time("2018") }, "ru:host", "kabul:declined")`.
 */
export function event(
  id: string,
  title: string,
  more: Partial<EventInput> = {},
  ...pairs: string[]
): EventInput {
  const listed = pairs.length > 0 ? { participants: participants(...pairs) } : {};
  return { id, title, type: "CONSULT", ...listed, ...more };
}

/** A relation of a fixture: `relation("ru-arms-t", "arms", "ru", "t", { period: time("2017") })`. */
export function relation(
  id: string,
  type: RelationType,
  source: string,
  target: string,
  more: Partial<RelationInput> = {},
): RelationInput {
  return { id, type, source, target, ...more };
}

/**
 * An issue of a fixture on a scale from `low` to `high` (0 to 100 unless `more` gives another):
 * `issue("talks", "Talks", "Kabul-led", "Moscow-led")`.
 */
export function issue(
  id: string,
  name: string,
  low: string,
  high: string,
  more: Partial<Item<"issues">> = {},
): Item<"issues"> {
  return { id, name, scale: { min: 0, max: 100, low, high }, ...more };
}

/** A position of a fixture: an actor's value and salience on an issue. */
export function position(
  id: string,
  actor: string,
  issue: string,
  value: number,
  salience: number,
  more: Partial<PositionInput> = {},
): PositionInput {
  return { id, actor, issue, value, salience, ...more };
}

/** A claim of a fixture: `claim("c1", "event:m1", "m1 was held", { hedge: "alleged" })`. */
export function claim(
  id: string,
  subject: string,
  note: string,
  more: Partial<ClaimInput> = {},
): ClaimInput {
  return { id, subject, note, ...more };
}

/**
 * A {@link claim} builder whose claims cite `source` unless they say otherwise:
 * `const said = claimsFrom("essay"); said("c1", "event:m1", "m1 was held")`.
 */
export function claimsFrom(
  source: string,
): (id: string, subject: string, note: string, more?: Partial<ClaimInput>) => ClaimInput {
  return (id, subject, note, more = {}) =>
    claim(id, subject, note, { evidence: { source }, ...more });
}

type HypothesisSetInput = Item<"hypotheses">;
type RatingInput = HypothesisSetInput["ratings"] extends readonly (infer T)[] | undefined
  ? T
  : never;

/**
 * A set of competing hypotheses of a fixture, each hypothesis as `id: text`, each rating as
 * `"claim hypothesis rating"` (or written out, to carry a note):
 * `hypothesisSet("why", "Why?", { h1: "one" }, ["c1 h1 C"])`.
 */
export function hypothesisSet(
  id: string,
  question: string,
  hypotheses: Record<string, string>,
  ratings: (string | RatingInput)[],
): HypothesisSetInput {
  return {
    id,
    question,
    hypotheses: Object.entries(hypotheses).map(([h, text]) => ({ id: h, text })),
    ratings: ratings.map((r) => {
      if (typeof r !== "string") return r;
      const [claim, hypothesis, rating, ...rest] = r.split(" ");
      if (!claim || !hypothesis || !rating || rest.length > 0)
        throw new Error(`hypothesisSet: "${r}" is not "claim hypothesis rating"`);
      return { claim, hypothesis, rating } as RatingInput;
    }),
  };
}
