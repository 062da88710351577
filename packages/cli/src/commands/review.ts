import { decideProposal } from "@parley/app";
import { ParleyError } from "@parley/core";
import type { ExtractedEvent, ExtractedRelation } from "@parley/extract";
import type { Proposal, ProposalStatus, Store } from "@parley/store";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { table } from "../table";

interface ReviewOpts {
  case: string;
  db?: string;
  json?: boolean;
  status?: string;
  reviewer?: string;
}

const withCase = (cmd: Command) =>
  cmd
    .option("-c, --case <id>", "case id", "afghanistan")
    .option("--db <path>", "store: SQLite file or postgres:// URL");

/** One line saying what a proposal proposes. */
export function proposalSummary(p: Pick<Proposal, "kind" | "payload">): string {
  if (p.kind === "event") {
    const e = p.payload as ExtractedEvent;
    const who = e.participants.map((x) => `${x.actor}:${x.role}`).join(", ");
    const flags = [
      e.negated ? "negated" : "",
      e.certainty !== "reported" ? e.certainty : "",
      e.stance === "denies" ? `denied by ${e.asserter ?? "author"}` : "",
      e.status !== "held" ? e.status : "",
    ]
      .filter((s) => s.length > 0)
      .join(", ");
    return `${e.type}${e.mode ? `/${e.mode}` : ""} ${who}${e.date ? ` (${e.date.text})` : ""}${flags ? ` [${flags}]` : ""}`;
  }
  if (p.kind === "relation") {
    const r = p.payload as ExtractedRelation;
    return `${r.source} ${r.type} ${r.target}${r.period ? ` (${r.period.text})` : ""}${r.certainty !== "reported" ? ` [${r.certainty}]` : ""}`;
  }
  const a = p.payload as { id?: string; name?: string; kind?: string; country?: string };
  return `new actor ${a.name ?? "?"} (${a.kind ?? "?"}${a.country ? `, ${a.country}` : ""}) as ${a.id ?? "?"}`;
}

/** The evidence sentence with the quoted span marked »like this«, as plain text. */
export function highlightedEvidence(evidence: unknown): string {
  const span = (evidence as { span?: { exact?: string; prefix?: string; suffix?: string } } | null)
    ?.span;
  if (span?.exact === undefined) return "(no evidence span)";
  return `…${span.prefix ?? ""}»${span.exact}«${span.suffix ?? ""}…`.replace(/\s+/g, " ");
}

async function findProposal(store: Store, caseId: string, idOrPrefix: string): Promise<Proposal> {
  const all = await store.listProposals({ caseId });
  const hits = all.filter((p) => p.id === idOrPrefix || p.id.startsWith(idOrPrefix));
  if (hits.length === 1 && hits[0] !== undefined) return hits[0];
  throw new ParleyError(
    hits.length === 0 ? "not_found" : "invalid_input",
    hits.length === 0
      ? `review: no proposal "${idOrPrefix}" in case ${caseId}`
      : `review: "${idOrPrefix}" matches ${hits.length} proposals; give more of the id`,
  );
}

/**
 * Decides a proposal through the one use case the server also calls: when it is accepted or
 * edited, its records and claims are added in the same transaction that marks it decided.
 */
async function decide(
  store: Store,
  o: ReviewOpts,
  p: Proposal,
  decision: Exclude<ProposalStatus, "pending">,
  edited?: unknown,
): Promise<string> {
  const r = await decideProposal(
    store,
    o.case,
    p.id,
    decision === "rejected"
      ? { decision: "reject" }
      : decision === "edited"
        ? { decision: "edit", payload: edited }
        : { decision: "accept" },
    { who: o.reviewer ?? "review" },
  );
  if (decision === "rejected") return `${p.id.slice(0, 8)} rejected`;
  const added = [
    r.added.actors.length ? `${r.added.actors.length} actor` : "",
    r.added.events.length ? `${r.added.events.length} event` : "",
    r.added.relations.length ? `${r.added.relations.length} tie` : "",
    `${r.added.claims.length} claims`,
  ].filter((s) => s.length > 0);
  const dup = r.corroborated.length ? `; corroborates ${r.corroborated.join(", ")}` : "";
  return `${p.id.slice(0, 8)} ${decision}: added ${added.join(", ")}${dup}`;
}

/** `parley review` (list), `review show|accept|edit|reject <id>`, `review accept-all --above <c>`. */
export function registerReviewCommands(program: Command, ctx: CliContext): void {
  const review = withCase(
    program.command("review").description("the review queue of proposals from extraction"),
  )
    .option("--status <status>", "pending, accepted, rejected or edited", "pending")
    .option("--reviewer <name>", "who decides, as the history records it", "review")
    .option("--json", "print JSON")
    .action(async (o: ReviewOpts) => {
      const store = await ctx.openStore(o.db);
      const list = await store.listProposals({
        caseId: o.case,
        status: (o.status ?? "pending") as ProposalStatus,
      });
      if (o.json) return ctx.out(JSON.stringify(list, null, 2));
      if (list.length === 0)
        return ctx.out(`No ${o.status ?? "pending"} proposals in case ${o.case}.`);
      ctx.out(
        table(
          ["id", "kind", "conf", "proposal"],
          list.map((p) => [p.id.slice(0, 8), p.kind, p.confidence?.toFixed(2), proposalSummary(p)]),
        ),
      );
    });

  // Subcommands read --case and --db from `parley review` too, wherever they are written.
  const all = (cmd: Command): ReviewOpts => cmd.optsWithGlobals() as ReviewOpts;

  withCase(
    review
      .command("show")
      .description("a proposal with its sentence, the evidence highlighted")
      .argument("<id>"),
  ).action(async (id: string, _o: ReviewOpts, cmd: Command) => {
    const o = all(cmd);
    const store = await ctx.openStore(o.db);
    const p = await findProposal(store, o.case, id);
    ctx.out(`${p.id}  ${p.kind}  ${p.status}  confidence ${p.confidence ?? "-"}`);
    ctx.out(proposalSummary(p));
    ctx.out(highlightedEvidence(p.evidence));
  });

  for (const [name, decision] of [
    ["accept", "accepted"],
    ["reject", "rejected"],
  ] as const) {
    withCase(review.command(name).description(`${name} proposals`).argument("<ids...>")).action(
      async (ids: string[], _o: ReviewOpts, cmd: Command) => {
        const o = all(cmd);
        const store = await ctx.openStore(o.db);
        for (const id of ids)
          ctx.out(await decide(store, o, await findProposal(store, o.case, id), decision));
      },
    );
  }

  withCase(
    review
      .command("edit")
      .description("accept a proposal with a corrected payload (JSON)")
      .argument("<id>")
      .requiredOption("--payload <json>", "the corrected payload, as JSON"),
  ).action(async (id: string, _o: unknown, cmd: Command) => {
    const o = all(cmd) as ReviewOpts & { payload: string };
    let payload: unknown;
    try {
      payload = JSON.parse(o.payload);
    } catch (cause) {
      throw new ParleyError(
        "invalid_input",
        `review edit: --payload is not JSON: ${JSON.stringify(o.payload.slice(0, 60))}`,
        { cause },
      );
    }
    const store = await ctx.openStore(o.db);
    ctx.out(await decide(store, o, await findProposal(store, o.case, id), "edited", payload));
  });

  withCase(
    review
      .command("accept-all")
      .description("accept every pending proposal at or above a confidence")
      .requiredOption("--above <confidence>", "0..1"),
  ).action(async (_o: unknown, cmd: Command) => {
    const o = all(cmd) as ReviewOpts & { above: string };
    const min = Number(o.above);
    if (!(min >= 0 && min <= 1))
      throw new ParleyError(
        "invalid_input",
        `review accept-all: --above "${o.above}" is not a number in 0..1`,
      );
    const store = await ctx.openStore(o.db);
    const pending = await store.listProposals({ caseId: o.case, status: "pending" });
    const chosen = pending.filter((p) => (p.confidence ?? 0) >= min);
    for (const p of chosen) ctx.out(await decide(store, o, p, "accepted"));
    ctx.out(`${chosen.length} of ${pending.length} pending proposals accepted.`);
  });
}
