/**
 * The vocabularies of the model as plain lists, with no dependency, so that the browser can use
 * them without the schemas (`@parley/core/vocabulary`). `model.ts` builds its schemas on them.
 */

/** Source reliability on the NATO/Admiralty scale: A completely reliable .. E unreliable, F cannot be judged. */
export const reliabilities = ["A", "B", "C", "D", "E", "F"] as const;

/** Information credibility on the NATO/Admiralty scale: 1 confirmed .. 5 improbable, 6 cannot be judged. */
export const credibilities = [1, 2, 3, 4, 5, 6] as const;

/** Kinds of actor. */
export const actorKinds = [
  "state",
  "government",
  "armed_group",
  "terrorist_group",
  "international_org",
  "person",
  "body",
  "coalition",
  "group",
] as const;

/** How two processes relate. */
export const processLinkTypes = [
  "parallel",
  "rival",
  "complementary",
  "successor",
  "part_of",
] as const;

/** PLOVER event types (Open Event Data Alliance, PLOVER codebook). */
export const ploverTypes = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
] as const;

/** Whether an event took place. */
export const eventStatuses = ["held", "planned", "postponed", "cancelled"] as const;

/** How the parties to a meeting faced each other. */
export const eventFormats = ["direct", "indirect", "proximity", "mediated", "semi-direct"] as const;

/** An actor's part in an event. */
export const roles = [
  "host",
  "convenor",
  "attendee",
  "observer",
  "mediator",
  "signatory",
  "witness",
  "invited",
  "declined",
  "not_invited",
  "excluded",
  "source",
  "target",
] as const;

/** The level at which a participant was represented. */
export const delegationLevels = [
  "head_of_state",
  "head_of_government",
  "minister",
  "deputy_minister",
  "envoy",
  "senior_official",
  "ambassador",
  "embassy_observer",
  "delegation",
  "representative",
] as const;

/** Types of lasting tie between two actors. */
export const relationTypes = [
  "supports",
  "opposes",
  "contacts",
  "arms",
  "trains",
  "funds",
  "shares_intelligence",
  "allied_with",
  "rival_of",
  "member_of",
  "represents",
  "recognizes",
  "cooperates_with",
  "negotiates_with",
] as const;

/** What a claim can be about. */
export const subjectKinds = [
  "event",
  "participation",
  "relation",
  "position",
  "capability",
  "interest",
  "actor",
  "process",
  "issue",
] as const;

/** How an asserter stands to what it claims. */
export const stances = ["asserts", "denies", "reports"] as const;

/** How sure the text is of a claim. */
export const hedges = ["reported", "alleged", "speculated", "analyst"] as const;

/** Links between claims. */
export const claimLinkTypes = ["denies", "contradicts", "corroborates", "supersedes"] as const;

/** Consistency ratings of evidence against a hypothesis (Heuer's ACH). */
export const achRatings = ["CC", "C", "N", "I", "II", "NA"] as const;
