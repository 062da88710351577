import {
  actorKinds,
  type Case,
  caseSchema,
  claimLinkTypes,
  delegationLevels,
  eventFormats,
  eventStatuses,
  hedges,
  ploverTypes,
  processLinkTypes,
  recurrences,
  relationTypes,
  reliabilities,
  roles,
  stances,
  subjectKinds,
  timePrecisions,
  timeQualifiers,
} from "@parley/core";
import fc from "fast-check";

/**
 * fast-check arbitraries for Parley's model: random cases that the zod schemas accept, with
 * optional fields present or absent at random. Test support only.
 */
const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.join("-"));
const text = fc.string({ minLength: 1, maxLength: 12 });
const anyText = fc.string({ maxLength: 12 });
// JSON has no -0; a stored number comes back as 0.
const num = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })
  .map((x) => (Object.is(x, -0) ? 0 : x));
const unit = fc.double({ noNaN: true, min: 0, max: 1 }).map((x) => (Object.is(x, -0) ? 0 : x));
const isoDay = fc
  .date({
    min: new Date("1000-01-01T00:00:00Z"),
    max: new Date("2999-12-31T00:00:00Z"),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const isoPartial = fc.oneof(
  isoDay,
  isoDay.map((d) => d.slice(0, 7)),
  isoDay.map((d) => d.slice(0, 4)),
);

const opt = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }, required: (keyof T)[]) =>
  fc.record(model, { requiredKeys: required as never });

/** A fuzzy time: any phrase with an interval whose sides may be open. */
export const fuzzyTimeArbitrary = fc
  .record(
    {
      text,
      start: fc.option(isoDay, { nil: null }),
      end: fc.option(isoDay, { nil: null }),
      precision: fc.constantFrom(...timePrecisions),
      qualifier: fc.constantFrom(...timeQualifiers),
      recurrence: fc.constantFrom(...recurrences),
    },
    { requiredKeys: ["text", "start", "end", "precision"] },
  )
  .map((t) => {
    // Intervals run forwards, as parsed times do.
    if (t.start !== null && t.end !== null && t.start > t.end)
      return { ...t, start: t.end, end: t.start };
    return t;
  });

const uniqueBy = <T extends { id: string }>(item: fc.Arbitrary<T>, maxLength = 4) =>
  fc.uniqueArray(item, { selector: (x) => x.id, maxLength });

const source = opt(
  {
    id: slug,
    title: text,
    authors: fc.array(text, { maxLength: 2 }),
    container: anyText,
    publisher: anyText,
    date: isoPartial,
    url: fc.webUrl(),
    type: anyText,
    language: anyText,
    reliability: fc.constantFrom(...reliabilities),
    fingerprint: fc.record({
      sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
      length: fc.nat(),
    }),
    summary: anyText,
  },
  ["id", "title"],
);

const actor = opt(
  {
    id: slug,
    name: text,
    kind: fc.constantFrom(...actorKinds),
    aliases: fc.array(text, { maxLength: 2 }),
    parent: slug,
    metonyms: fc.array(text, { maxLength: 2 }),
    codes: opt(
      {
        iso3: fc.stringMatching(/^[A-Z]{3}$/),
        wikidata: fc.stringMatching(/^Q\d{1,6}$/),
        cameo: anyText,
        acled: anyText,
        ucdp: anyText,
      },
      [],
    ),
    bloc: anyText,
    valid: fuzzyTimeArbitrary,
    description: anyText,
  },
  ["id", "name", "kind"],
);

const process_ = opt(
  {
    id: slug,
    name: text,
    aliases: fc.array(text, { maxLength: 2 }),
    convenors: fc.array(slug, { maxLength: 2 }),
    backers: fc.array(slug, { maxLength: 2 }),
    aims: anyText,
    period: fuzzyTimeArbitrary,
    related: fc.array(fc.record({ process: slug, type: fc.constantFrom(...processLinkTypes) }), {
      maxLength: 2,
    }),
    description: anyText,
  },
  ["id", "name"],
);

const participation = opt(
  {
    actor: slug,
    role: fc.constantFrom(...roles),
    delegation: opt(
      {
        head: slug,
        level: fc.constantFrom(...delegationLevels),
        capacity: anyText,
        members: fc.array(slug, { maxLength: 2 }),
        body: slug,
      },
      [],
    ),
  },
  ["actor", "role"],
);

const event = opt(
  {
    id: slug,
    title: text,
    type: fc.constantFrom(...ploverTypes),
    mode: anyText,
    date: fuzzyTimeArbitrary,
    place: anyText,
    process: slug,
    round: fc.integer({ min: 1, max: 50 }),
    status: fc.constantFrom(...eventStatuses),
    format: fc.constantFrom(...eventFormats),
    outcome: anyText,
    participants: fc.array(participation, { maxLength: 4 }),
    description: anyText,
  },
  ["id", "title", "type"],
);

const relation = opt(
  {
    id: slug,
    type: fc.constantFrom(...relationTypes),
    source: slug,
    target: slug,
    sign: fc.constantFrom(-1 as const, 0 as const, 1 as const),
    strength: unit,
    period: fuzzyTimeArbitrary,
    recurrence: fuzzyTimeArbitrary,
    topic: anyText,
    description: anyText,
  },
  ["id", "type", "source", "target"],
);

const issue = opt(
  {
    id: slug,
    name: text,
    description: anyText,
    scale: fc
      .record({
        min: fc.integer({ min: -100, max: 0 }),
        span: fc.integer({ min: 1, max: 200 }),
        low: text,
        high: text,
      })
      .map(({ min, span, low, high }) => ({ min, max: min + span, low, high })),
  },
  ["id", "name", "scale"],
);

const range = fc.tuple(num, num);
const position = opt(
  {
    id: slug,
    actor: slug,
    issue: slug,
    value: num,
    salience: unit,
    range,
    date: fuzzyTimeArbitrary,
    note: anyText,
  },
  ["id", "actor", "issue", "value", "salience"],
);
const capability = opt(
  { id: slug, actor: slug, issue: slug, value: num.map(Math.abs), range, note: anyText },
  ["id", "actor", "value"],
);
const interest = opt({ id: slug, actor: slug, text, issues: fc.array(slug, { maxLength: 2 }) }, [
  "id",
  "actor",
  "text",
]);

const span = fc
  .record({
    start: fc.nat({ max: 10_000 }),
    length: fc.integer({ min: 1, max: 500 }),
    exact: text,
    prefix: anyText,
    suffix: anyText,
  })
  .chain(({ start, length, exact, prefix, suffix }) =>
    opt(
      {
        start: fc.constant(start),
        end: fc.constant(start + length),
        exact: fc.constant(exact),
        prefix: fc.constant(prefix),
        suffix: fc.constant(suffix),
      },
      ["start", "end", "exact"],
    ),
  );
const evidence = opt(
  {
    source: slug,
    span,
    paragraph: fc.nat({ max: 50 }),
    sentence: fc.nat({ max: 20 }),
    note: anyText,
  },
  ["source"],
);

const subject = fc
  .tuple(fc.constantFrom(...subjectKinds), fc.array(slug, { minLength: 1, maxLength: 3 }))
  .map(([kind, parts]) => `${kind}:${parts.join("/")}`);

const claim = opt(
  {
    id: slug,
    subject,
    attribute: fc.record({ name: text, value: fc.oneof(anyText, num, fc.boolean()) }),
    note: text,
    evidence,
    asserter: text,
    stance: fc.constantFrom(...stances),
    hedge: fc.constantFrom(...hedges),
    reliability: fc.constantFrom(...reliabilities),
    credibility: fc.constantFrom(
      1 as const,
      2 as const,
      3 as const,
      4 as const,
      5 as const,
      6 as const,
    ),
    reported: fuzzyTimeArbitrary,
    period: fuzzyTimeArbitrary,
    links: fc.array(fc.record({ type: fc.constantFrom(...claimLinkTypes), claim: slug }), {
      maxLength: 2,
    }),
  },
  ["id", "subject", "note"],
);

const judgment = opt(
  {
    id: slug,
    text,
    author: text,
    evidence,
    supports: fc.array(slug, { maxLength: 2 }),
    undermines: fc.array(slug, { maxLength: 2 }),
    issues: fc.array(slug, { maxLength: 2 }),
  },
  ["id", "text"],
);

const hypothesisSet = opt(
  {
    id: slug,
    question: text,
    analyst: anyText,
    hypotheses: uniqueBy(fc.record({ id: slug, text }), 3).filter((h) => h.length >= 2),
    ratings: fc.array(
      opt(
        {
          claim: slug,
          hypothesis: slug,
          rating: fc.constantFrom("CC", "C", "N", "I", "II", "NA"),
          note: anyText,
        },
        ["claim", "hypothesis", "rating"],
      ),
      { maxLength: 2 },
    ),
  },
  ["id", "question", "hypotheses"],
);

const scenario = opt(
  {
    id: slug,
    name: text,
    description: anyText,
    changes: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant("move"), actor: slug, issue: slug, value: num }),
        fc.record({ kind: fc.constant("salience"), actor: slug, issue: slug, value: unit }),
        fc.record({ kind: fc.constant("leave"), actor: slug }),
        fc.record({
          kind: fc.constant("forums"),
          processes: fc.array(slug, { minLength: 1, maxLength: 2 }),
          merged: fc.boolean(),
        }),
      ),
      { maxLength: 2 },
    ),
  },
  ["id", "name"],
);

/** A random valid case, as the zod schema parses it (defaults filled in). */
export const caseArbitrary: fc.Arbitrary<Case> = opt(
  {
    id: slug,
    title: text,
    summary: anyText,
    period: fuzzyTimeArbitrary,
    sources: uniqueBy(source),
    actors: uniqueBy(actor),
    processes: uniqueBy(process_),
    events: uniqueBy(event),
    relations: uniqueBy(relation),
    issues: uniqueBy(issue),
    positions: uniqueBy(position),
    capabilities: uniqueBy(capability),
    interests: uniqueBy(interest),
    claims: uniqueBy(claim, 6),
    judgments: uniqueBy(judgment),
    hypotheses: uniqueBy(hypothesisSet, 2),
    scenarios: uniqueBy(scenario, 2),
  },
  ["id", "title"],
).map((c) => caseSchema.parse(c));
