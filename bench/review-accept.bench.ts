// Review benchmark: accepting proposals into the Afghanistan case (SQLite), the way the CLI did
// it before (the case read whole, the records added, the whole case imported back) against the
// use case of @parley/app (one transaction writing only the new rows). Half the proposals repeat
// a stored meeting (a corroborating claim), half are a new event. Median of the accepts.
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { decideProposal } from "@parley/app";
import type { Case } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { acceptedRecords } from "@parley/extract";
import { openStore, type ProposalInput, type Store } from "@parley/store";
import { median } from "./stats";

const loaded = loadCaseFolder(join(import.meta.dirname, "../cases/afghanistan"));
if (!loaded.ok) throw loaded.error;
const base: Case = loaded.value;
const spanned = base.claims.find((c) => c.evidence?.span !== undefined);
if (spanned?.evidence === undefined) throw new Error("no claim with a span in the case");
const evidence = spanned.evidence;

/** Proposals repeating (even) or varying the place of (odd) the case's dated meetings. */
function proposals(count: number): ProposalInput[] {
  const dated = base.events.filter((e) => e.date !== undefined && e.participants.length > 0);
  const out: ProposalInput[] = [];
  for (let i = 0; i < count; i++) {
    const e = dated[Math.floor(i / 2) % dated.length];
    if (e === undefined) break;
    out.push({
      kind: "event",
      evidence,
      confidence: 0.9,
      payload: {
        type: e.type,
        mode: e.mode ?? null,
        date: e.date,
        place: i % 2 === 0 ? (e.place ?? null) : `Elsewhere ${i}`,
        status: e.status,
        certainty: "reported",
        negated: false,
        asserter: null,
        stance: "asserts",
        participants: e.participants.map((p) => ({ actor: p.actor, role: p.role })),
        sentence: 0,
        confidence: 0.9,
      },
    });
  }
  return out;
}

/** The former CLI accept: mark decided, read the case, add the records, import the case back. */
async function wholeCaseAccept(store: Store, id: string): Promise<void> {
  const p = await store.decideProposal(id, "accepted");
  const c = await store.exportCase(base.id);
  const r = acceptedRecords({ kind: p.kind, payload: p.payload, evidence: p.evidence }, c);
  await store.importCase(
    {
      ...c,
      actors: [...c.actors, ...r.actors],
      events: [...c.events, ...r.events],
      relations: [...c.relations, ...r.relations],
      claims: [...c.claims, ...r.claims],
    },
    { who: "review" },
  );
}

async function measure(
  dir: string,
  name: string,
  accept: (s: Store, id: string) => Promise<unknown>,
) {
  const store = await openStore(join(dir, `${name}.db`));
  await store.importCase(base);
  const queued = await store.addProposals(base.id, proposals(20));
  const times: number[] = [];
  for (const p of queued) {
    const t0 = performance.now();
    await accept(store, p.id);
    times.push(performance.now() - t0);
  }
  const c = await store.exportCase(base.id);
  await store.close();
  return { times, events: c.events.length, claims: c.claims.length };
}

const dir = mkdtempSync(join(tmpdir(), "parley-bench-review-"));
try {
  const before = await measure(dir, "whole-case", wholeCaseAccept);
  const after = await measure(dir, "use-case", (s, id) =>
    decideProposal(s, base.id, id, { decision: "accept" }),
  );
  console.log(
    `Accepting 20 proposals into ${base.id} (${base.events.length} events, ${base.claims.length} claims), SQLite, ${cpus()[0]?.model ?? "?"} x${availableParallelism()}:`,
  );
  console.log("| way | median per accept (ms) | max (ms) | events after | claims after |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  for (const [way, r] of [
    ["whole case read and imported back", before],
    ["decideProposal (@parley/app)", after],
  ] as const) {
    console.log(
      `| ${way} | ${median(r.times).toFixed(1)} | ${Math.max(...r.times).toFixed(1)} | ${r.events} | ${r.claims} |`,
    );
  }
  console.log(`ratio: ${(median(before.times) / median(after.times)).toFixed(1)}x`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
