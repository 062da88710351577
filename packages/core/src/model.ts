import { z } from "zod";
import { fuzzyTimeSchema } from "./fuzzy-time";
import {
  achRatings,
  actorKinds,
  claimLinkTypes,
  delegationLevels,
  eventFormats,
  eventStatuses,
  hedges,
  ploverTypes,
  processLinkTypes,
  relationTypes,
  reliabilities,
  roles,
  stances,
  type subjectKinds,
} from "./vocabulary";

// The vocabularies belong to the model's public face as much as the schemas built on them.
export * from "./vocabulary";

/**
 * Parley's domain model as zod schemas, with the TypeScript types inferred from them.
 * A `Case` is one conflict system; every fact in it is held by attributed `Claim`s.
 * The YAML case format is this model with fuzzy times written as phrases (see case-file.ts).
 */

/** A readable identifier: lower-case letters, digits and inner hyphens (`moscow-process`). */
export const slugSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/,
    "a readable id: lower-case letters, digits and inner hyphens",
  );
export type Slug = z.infer<typeof slugSchema>;

export const reliabilitySchema = z.enum(reliabilities);
export type Reliability = z.infer<typeof reliabilitySchema>;

export const credibilitySchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
  z.literal(6),
]);
export type Credibility = z.infer<typeof credibilitySchema>;

/** ISO 8601 calendar date, possibly partial: `2018`, `2018-02`, `2018-02-28`. */
export const isoPartialDateSchema = z
  .string()
  .regex(
    /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
    "an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
  );

// ---------------------------------------------------------------- sources and evidence

/** A source document's citation, after CSL-JSON (title, author, container, publisher, issued, URL). */
export const sourceSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1),
    /** Authors as written ("Said Sabir Ibrahimi"); institutions allowed. */
    authors: z.array(z.string().min(1)).default([]),
    /** The newspaper, journal or site the document appeared in. */
    container: z.string().optional(),
    publisher: z.string().optional(),
    /** Publication date: the default date on which its claims became known. */
    date: isoPartialDateSchema.optional(),
    url: z.string().url().optional(),
    /** CSL item type: `article-newspaper`, `report`, `webpage`, `article-journal`... */
    type: z.string().default("article"),
    language: z.string().default("en"),
    /** Default reliability of the source on the Admiralty scale. */
    reliability: reliabilitySchema.default("F"),
    /** SHA-256 of the text (UTF-8, line endings normalised to \n) and its length in characters. */
    fingerprint: z
      .object({
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        length: z.number().int().nonnegative(),
      })
      .strict()
      .optional(),
    /** Our own summary of what the source reports. */
    summary: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

/**
 * A span of a source's text, after the W3C Web Annotation text position and quote selectors:
 * character offsets [start, end) plus the exact text and a little context either side.
 */
export const spanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    exact: z.string().min(1),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  })
  .strict()
  .refine((s) => s.end > s.start, { message: "end must be after start" });
export type Span = z.infer<typeof spanSchema>;

/** Where in a source a claim is found: a span, a paragraph/sentence index, and our own note. */
export const evidenceSchema = z
  .object({
    source: slugSchema,
    span: spanSchema.optional(),
    /** 0-based paragraph index in the source text. */
    paragraph: z.number().int().nonnegative().optional(),
    /** 0-based sentence index within the paragraph. */
    sentence: z.number().int().nonnegative().optional(),
    /** A short note in our own words; required where the text is not attached. */
    note: z.string().optional(),
  })
  .strict();
export type Evidence = z.infer<typeof evidenceSchema>;

// ---------------------------------------------------------------- actors

export const actorKindSchema = z.enum(actorKinds);
export type ActorKind = z.infer<typeof actorKindSchema>;

export const actorCodesSchema = z
  .object({
    iso3: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .optional(),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    cameo: z.string().optional(),
    acled: z.string().optional(),
    ucdp: z.string().optional(),
  })
  .strict();

/** An actor: a state, government, armed group, organisation, person, body or coalition. */
export const actorSchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1),
    kind: actorKindSchema,
    /** Other names and spellings ("Taleban", "Islamic Emirate of Afghanistan"). */
    aliases: z.array(z.string().min(1)).default([]),
    /** A person's state or movement, a government's state, an office's movement. */
    parent: slugSchema.optional(),
    /** Place names that stand for this actor in diplomatic sentences ("Moscow", "Kabul"). */
    metonyms: z.array(z.string().min(1)).default([]),
    codes: actorCodesSchema.default({}),
    /** Bloc or camp label used to colour networks; analyst's grouping. */
    bloc: z.string().optional(),
    valid: fuzzyTimeSchema.optional(),
    description: z.string().optional(),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

// ---------------------------------------------------------------- processes and events

/** A named track of talks (Moscow Process, Kabul Process): convenors, aims, period, related tracks. */
export const processSchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    convenors: z.array(slugSchema).default([]),
    /** Backers who are not convenors ("the U.S.-backed Kabul Process"). */
    backers: z.array(slugSchema).default([]),
    aims: z.string().optional(),
    period: fuzzyTimeSchema.optional(),
    related: z
      .array(z.object({ process: slugSchema, type: z.enum(processLinkTypes) }).strict())
      .default([]),
    description: z.string().optional(),
  })
  .strict();
export type Process = z.infer<typeof processSchema>;

export const ploverTypeSchema = z.enum(ploverTypes);
export type PloverType = z.infer<typeof ploverTypeSchema>;

export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Who represented a participant, at what level and in what capacity. */
export const delegationSchema = z
  .object({
    head: slugSchema.optional(),
    level: z.enum(delegationLevels).optional(),
    capacity: z.string().optional(),
    members: z.array(slugSchema).default([]),
    /** Who sent the delegation when it is not the participant itself (a council sent by a government). */
    body: slugSchema.optional(),
  })
  .strict();
export type Delegation = z.infer<typeof delegationSchema>;

/** One actor's part in an event. Its id is derived: `<event>/<actor>/<role>`. */
export const participationSchema = z
  .object({
    actor: slugSchema,
    role: roleSchema,
    delegation: delegationSchema.optional(),
  })
  .strict();
export type Participation = z.infer<typeof participationSchema>;

/** A typed happening (PLOVER type and mode) with its participants by role. A meeting is one event. */
export const eventSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1),
    type: ploverTypeSchema,
    /** PLOVER mode, e.g. for CONSULT: meeting, visit, talks, conference, mediated. */
    mode: z.string().optional(),
    date: fuzzyTimeSchema.optional(),
    place: z.string().optional(),
    process: slugSchema.optional(),
    round: z.number().int().positive().optional(),
    status: z.enum(eventStatuses).default("held"),
    format: z.enum(eventFormats).optional(),
    /** What came of it: "joint statement", "agreement", "none". */
    outcome: z.string().optional(),
    participants: z.array(participationSchema).default([]),
    description: z.string().optional(),
  })
  .strict();
export type Event = z.infer<typeof eventSchema>;

// ---------------------------------------------------------------- relations

export const relationTypeSchema = z.enum(relationTypes);
export type RelationType = z.infer<typeof relationTypeSchema>;

/** Relation types whose ties are symmetric. */
export const symmetricRelationTypes: ReadonlySet<RelationType> = new Set([
  "contacts",
  "allied_with",
  "rival_of",
  "cooperates_with",
  "negotiates_with",
]);

/** The sign a relation type carries by default: +1 cooperative, -1 hostile, 0 neutral. */
export const defaultRelationSign: Record<RelationType, -1 | 0 | 1> = {
  supports: 1,
  opposes: -1,
  contacts: 0,
  arms: 1,
  trains: 1,
  funds: 1,
  shares_intelligence: 1,
  allied_with: 1,
  rival_of: -1,
  member_of: 1,
  represents: 1,
  recognizes: 1,
  cooperates_with: 1,
  negotiates_with: 0,
};

/** A lasting tie between two actors over a period, held by its claims. */
export const relationSchema = z
  .object({
    id: slugSchema,
    type: relationTypeSchema,
    source: slugSchema,
    target: slugSchema,
    sign: z.union([z.literal(-1), z.literal(0), z.literal(1)]).optional(),
    /** 0..1, the analyst's weight of the tie. */
    strength: z.number().min(0).max(1).optional(),
    period: fuzzyTimeSchema.optional(),
    /** "annual since 2016": kept as a fuzzy time with a recurrence. */
    recurrence: fuzzyTimeSchema.optional(),
    /** What the tie concerns ("counternarcotics", "military drills"). */
    topic: z.string().optional(),
    description: z.string().optional(),
  })
  .strict();
export type Relation = z.infer<typeof relationSchema>;

// ---------------------------------------------------------------- issues, positions, capabilities, interests

/** A question under negotiation as a scale with named poles. */
export const issueSchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1),
    description: z.string().optional(),
    scale: z
      .object({
        min: z.number().default(0),
        max: z.number().default(100),
        low: z.string().min(1),
        high: z.string().min(1),
      })
      .strict()
      .refine((s) => s.max > s.min, { message: "max must exceed min" }),
  })
  .strict();
export type Issue = z.infer<typeof issueSchema>;

/** An actor's stance on an issue: value on the scale, salience 0..1, uncertainty range. */
export const positionSchema = z
  .object({
    id: slugSchema,
    actor: slugSchema,
    issue: slugSchema,
    value: z.number(),
    salience: z.number().min(0).max(1),
    range: z.tuple([z.number(), z.number()]).optional(),
    date: fuzzyTimeSchema.optional(),
    note: z.string().optional(),
  })
  .strict();
export type Position = z.infer<typeof positionSchema>;

/** An actor's clout, for the whole case or for one issue, on a 0..100 scale. */
export const capabilitySchema = z
  .object({
    id: slugSchema,
    actor: slugSchema,
    issue: slugSchema.optional(),
    value: z.number().min(0),
    range: z.tuple([z.number(), z.number()]).optional(),
    note: z.string().optional(),
  })
  .strict();
export type Capability = z.infer<typeof capabilitySchema>;

/** A concern or interest of an actor in our own words, optionally tied to issues. */
export const interestSchema = z
  .object({
    id: slugSchema,
    actor: slugSchema,
    text: z.string().min(1),
    issues: z.array(slugSchema).default([]),
  })
  .strict();
export type Interest = z.infer<typeof interestSchema>;

// ---------------------------------------------------------------- claims and judgments

export type SubjectKind = (typeof subjectKinds)[number];

/**
 * What a claim is about, written `<kind>:<id>` (`event:moscow-2016-12`,
 * `participation:moscow-2016-12/afghan-government/not_invited`, `relation:russia-arms-taliban`).
 */
export const subjectSchema = z
  .string()
  .regex(
    /^(event|participation|relation|position|capability|interest|actor|process|issue):[a-z0-9_/-]+$/,
    "a subject `<kind>:<id>` with kind event, participation, relation, position, capability, interest, actor, process or issue",
  );

export const stanceSchema = z.enum(stances);
export type Stance = z.infer<typeof stanceSchema>;

export const hedgeSchema = z.enum(hedges);
export type Hedge = z.infer<typeof hedgeSchema>;

/**
 * An attributed claim: who asserts what about a subject, with what hedge, from which source,
 * how reliable and credible, known since when, holding for which period. Claims are append-only.
 */
export const claimSchema = z
  .object({
    id: slugSchema,
    subject: subjectSchema,
    /** For attribute claims: the attribute of the subject and its value. */
    attribute: z
      .object({ name: z.string().min(1), value: z.union([z.string(), z.number(), z.boolean()]) })
      .strict()
      .optional(),
    /** What is claimed, in our own words. */
    note: z.string().min(1),
    /** Absent only for the analyst's own judgment (hedge `analyst`). */
    evidence: evidenceSchema.optional(),
    /** `author` (the source's author), `analyst:<name>`, or an actor id the source quotes. */
    asserter: z.string().min(1).default("author"),
    stance: stanceSchema.default("asserts"),
    hedge: hedgeSchema.default("reported"),
    reliability: reliabilitySchema.optional(),
    credibility: credibilitySchema.optional(),
    /** When it became known (defaults to the source's date). */
    reported: fuzzyTimeSchema.optional(),
    /** The period the claim holds for (defaults to the subject's own time). */
    period: fuzzyTimeSchema.optional(),
    links: z
      .array(z.object({ type: z.enum(claimLinkTypes), claim: slugSchema }).strict())
      .default([]),
  })
  .strict();
export type Claim = z.infer<typeof claimSchema>;

/** An analytic conclusion of an author, with the claims that support or undermine it. */
export const judgmentSchema = z
  .object({
    id: slugSchema,
    /** The judgment in our own words. */
    text: z.string().min(1),
    /** `author` (the source's author) or `analyst:<name>`. */
    author: z.string().min(1).default("author"),
    evidence: evidenceSchema.optional(),
    supports: z.array(slugSchema).default([]),
    undermines: z.array(slugSchema).default([]),
    issues: z.array(slugSchema).default([]),
  })
  .strict();
export type Judgment = z.infer<typeof judgmentSchema>;

// ---------------------------------------------------------------- hypotheses (ACH) and scenarios

/** A question examined with competing hypotheses (Heuer's ACH), with the analyst's ratings. */
export const hypothesisSetSchema = z
  .object({
    id: slugSchema,
    question: z.string().min(1),
    analyst: z.string().default("analyst"),
    hypotheses: z.array(z.object({ id: slugSchema, text: z.string().min(1) }).strict()).min(2),
    /** Each rating is the analyst's judgment of one claim against one hypothesis. */
    ratings: z
      .array(
        z
          .object({
            claim: slugSchema,
            hypothesis: slugSchema,
            rating: z.enum(achRatings),
            note: z.string().optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();
export type HypothesisSet = z.infer<typeof hypothesisSetSchema>;

export const scenarioChangeSchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("move"), actor: slugSchema, issue: slugSchema, value: z.number() })
    .strict(),
  z
    .object({
      kind: z.literal("salience"),
      actor: slugSchema,
      issue: slugSchema,
      value: z.number().min(0).max(1),
    })
    .strict(),
  z
    .object({
      kind: z.literal("capability"),
      actor: slugSchema,
      issue: slugSchema.optional(),
      factor: z.number().min(0),
    })
    .strict(),
  z.object({ kind: z.literal("leave"), actor: slugSchema }).strict(),
  z
    .object({
      kind: z.literal("join"),
      actor: slugSchema,
      capability: z.number().min(0),
      positions: z.array(
        z
          .object({ issue: slugSchema, value: z.number(), salience: z.number().min(0).max(1) })
          .strict(),
      ),
    })
    .strict(),
  z
    .object({
      kind: z.literal("forums"),
      processes: z.array(slugSchema).min(1),
      merged: z.boolean(),
    })
    .strict(),
]);
export type ScenarioChange = z.infer<typeof scenarioChangeSchema>;

/** A named set of changes to a case, compared against the case as it stands. */
export const scenarioSchema = z
  .object({
    id: slugSchema,
    name: z.string().min(1),
    description: z.string().optional(),
    changes: z.array(scenarioChangeSchema).default([]),
  })
  .strict();
export type Scenario = z.infer<typeof scenarioSchema>;

// ---------------------------------------------------------------- the case

/** One conflict system: its sources, actors, processes, events, relations, issues and claims. */
export const caseSchema = z
  .object({
    id: slugSchema,
    title: z.string().min(1),
    summary: z.string().optional(),
    period: fuzzyTimeSchema.optional(),
    sources: z.array(sourceSchema).default([]),
    actors: z.array(actorSchema).default([]),
    processes: z.array(processSchema).default([]),
    events: z.array(eventSchema).default([]),
    relations: z.array(relationSchema).default([]),
    issues: z.array(issueSchema).default([]),
    positions: z.array(positionSchema).default([]),
    capabilities: z.array(capabilitySchema).default([]),
    interests: z.array(interestSchema).default([]),
    claims: z.array(claimSchema).default([]),
    judgments: z.array(judgmentSchema).default([]),
    hypotheses: z.array(hypothesisSetSchema).default([]),
    scenarios: z.array(scenarioSchema).default([]),
  })
  .strict();
export type Case = z.infer<typeof caseSchema>;
/** A case as written before defaults are applied. */
export type CaseInput = z.input<typeof caseSchema>;

/** The derived id of a participation. */
export function participationId(event: string, p: Pick<Participation, "actor" | "role">): string {
  return `${event}/${p.actor}/${p.role}`;
}

/** Splits a claim subject `<kind>:<id>` into its parts. */
export function parseSubject(subject: string): { kind: SubjectKind; id: string } {
  const i = subject.indexOf(":");
  return { kind: subject.slice(0, i) as SubjectKind, id: subject.slice(i + 1) };
}
