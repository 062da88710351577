import { randomUUID } from "node:crypto";
import { ParleyError } from "@parley/core";
import type { Kysely } from "kysely";
import type { Database } from "./database";
import { caseKeyOf } from "./export-case";
import { inTransaction } from "./in-transaction";
import {
  type Proposal,
  type ProposalFilter,
  type ProposalInput,
  type ProposalStatus,
  proposalStatuses,
} from "./store";
import { notFound } from "./store-errors";

interface ProposalRow {
  id: string;
  case_id: string;
  kind: string;
  payload: string;
  evidence: string | null;
  confidence: number | null;
  status: string;
  edited: string | null;
  created: string;
  decided: string | null;
}

function proposal(r: ProposalRow): Proposal {
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    payload: JSON.parse(r.payload),
    evidence: r.evidence === null ? null : JSON.parse(r.evidence),
    confidence: r.confidence === null ? null : Number(r.confidence),
    status: r.status as ProposalStatus,
    edited: r.edited === null ? null : JSON.parse(r.edited),
    created: r.created,
    decided: r.decided,
  };
}

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

function selectProposals(db: Kysely<Database>) {
  return db
    .selectFrom("proposals as p")
    .innerJoin("cases as c", "c.key", "p.case_key")
    .select([
      "p.id",
      "c.id as case_id",
      "p.kind",
      "p.payload",
      "p.evidence",
      "p.confidence",
      "p.status",
      "p.edited",
      "p.created",
      "p.decided",
    ]);
}

/** Queues proposals (from extraction) for review, all pending, in the order given. */
export async function addProposals(
  db: Kysely<Database>,
  caseId: string,
  items: readonly ProposalInput[],
): Promise<Proposal[]> {
  const op = "add proposals";
  for (const [i, p] of items.entries()) {
    if (p.confidence !== undefined && !(p.confidence >= 0 && p.confidence <= 1)) {
      throw new ParleyError(
        "invalid_input",
        `${op}: confidence ${p.confidence} at /${i}/confidence is not in 0..1`,
      );
    }
    if (p.payload === undefined)
      throw new ParleyError("invalid_input", `${op}: /${i}/payload is missing`);
  }
  return inTransaction(db, async (trx) => {
    const key = await caseKeyOf(trx, caseId, op);
    const max = await trx
      .selectFrom("proposals")
      .select((eb) => eb.fn.max<number | null>("seq").as("m"))
      .executeTakeFirst();
    let seq = Number(max?.m ?? 0);
    const created = new Date().toISOString();
    const ids: string[] = [];
    for (const p of items) {
      const id = randomUUID();
      ids.push(id);
      await trx
        .insertInto("proposals")
        .values({
          id,
          seq: ++seq,
          case_key: key,
          kind: p.kind,
          payload: JSON.stringify(p.payload),
          evidence: json(p.evidence),
          confidence: p.confidence ?? null,
          status: "pending",
          edited: null,
          created,
          decided: null,
        })
        .execute();
    }
    if (ids.length === 0) return [];
    const rows = await selectProposals(trx).where("p.id", "in", ids).orderBy("p.seq").execute();
    return rows.map(proposal);
  });
}

/** One proposal by id (`not_found` when there is none). */
export async function getProposal(db: Kysely<Database>, id: string): Promise<Proposal> {
  const row = await selectProposals(db).where("p.id", "=", id).executeTakeFirst();
  if (row === undefined) throw notFound(`read proposal "${id}"`, `proposal "${id}"`);
  return proposal(row);
}

/** Proposals in order of arrival. */
export async function listProposals(db: Kysely<Database>, f: ProposalFilter): Promise<Proposal[]> {
  let q = selectProposals(db).orderBy("p.seq");
  if (f.caseId !== undefined) q = q.where("c.id", "=", f.caseId);
  if (f.kind !== undefined) q = q.where("p.kind", "=", f.kind);
  if (f.status !== undefined) {
    const statuses = (Array.isArray(f.status) ? f.status : [f.status]) as ProposalStatus[];
    q = q.where("p.status", "in", statuses);
  }
  if (f.limit !== undefined) q = q.limit(f.limit);
  if (f.offset !== undefined)
    q = q.offset(f.offset).$if(f.limit === undefined, (x) => x.limit(2 ** 31 - 1));
  return (await q.execute()).map(proposal);
}

/**
 * Records a reviewer's decision on a pending proposal: accepted, rejected, or edited (with the
 * edited payload). A proposal already decided is a `conflict`.
 */
export async function decideProposal(
  db: Kysely<Database>,
  id: string,
  decision: Exclude<ProposalStatus, "pending">,
  editedPayload?: unknown,
): Promise<Proposal> {
  const op = `decide proposal "${id}"`;
  if (!proposalStatuses.includes(decision) || decision === ("pending" as string)) {
    throw new ParleyError(
      "invalid_input",
      `${op}: "${decision}" is not a decision; expected accepted, rejected or edited`,
    );
  }
  if (decision === "edited" && editedPayload === undefined) {
    throw new ParleyError("invalid_input", `${op}: an edited decision needs the edited payload`);
  }
  return inTransaction(db, async (trx) => {
    const row = await selectProposals(trx).where("p.id", "=", id).executeTakeFirst();
    if (row === undefined) throw notFound(op, `proposal "${id}"`);
    if (row.status !== "pending") {
      throw new ParleyError("conflict", `${op}: it was already ${row.status} at ${row.decided}`);
    }
    const decided = new Date().toISOString();
    const edited = decision === "edited" ? JSON.stringify(editedPayload) : null;
    // Only a proposal still pending is decided, so two reviewers racing cannot both decide it.
    const updated = await trx
      .updateTable("proposals")
      .set({ status: decision, edited, decided })
      .where("id", "=", id)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ParleyError("conflict", `${op}: another reviewer decided it meanwhile`);
    return proposal({ ...row, status: decision, edited, decided });
  });
}
