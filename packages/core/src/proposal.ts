import { z } from "zod";

/** Where a proposal stands in the review queue. */
export const proposalStatuses = ["pending", "accepted", "rejected", "edited"] as const;

/** Where a proposal stands in the review queue. */
export type ProposalStatus = (typeof proposalStatuses)[number];

/**
 * A proposal in a case's review queue, as the store keeps it and the API answers it: what
 * extraction (or a person) suggests, its evidence and confidence, and the review's outcome.
 * `payload` and `evidence` are the extraction's JSON; `edited` holds the reviewer's version when
 * the status is `edited`; `decided` is when it was reviewed.
 */
export const proposalSchema = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.string(),
  payload: z.unknown(),
  evidence: z.unknown(),
  confidence: z.number().nullable(),
  status: z.enum(proposalStatuses),
  edited: z.unknown(),
  created: z.string(),
  decided: z.string().nullable(),
});

/** A proposal in a case's review queue (see `proposalSchema`). */
export type Proposal = z.infer<typeof proposalSchema>;
