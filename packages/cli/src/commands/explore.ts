import { filterCase, recordsMatching } from "@parley/analysis";
import {
  type Case,
  type Claim,
  compareFuzzyTime,
  type Event,
  ParleyError,
  participationId,
  roles,
} from "@parley/core";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { actorName, claimLine, claimsAbout, timeLabel } from "../describe";
import {
  type CaseOptions,
  caseOption,
  type FilterOptions,
  filterFromOptions,
  withFilters,
} from "../filters";
import { table } from "../table";

type CommonOptions = FilterOptions & CaseOptions;

async function load(ctx: CliContext, o: CommonOptions): Promise<Case> {
  const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
  return filterCase(c, filterFromOptions(o));
}

const json = (ctx: CliContext, value: unknown) => ctx.out(JSON.stringify(value, null, 2));

function byTime<T extends { date?: Event["date"] }>(a: T, b: T): number {
  if (!a.date || !b.date) return a.date ? -1 : b.date ? 1 : 0;
  return compareFuzzyTime(a.date, b.date);
}

/** The JSON shape of a claim in every listing. */
export function claimJson(claim: Claim) {
  return {
    id: claim.id,
    subject: claim.subject,
    note: claim.note,
    asserter: claim.asserter,
    stance: claim.stance,
    hedge: claim.hedge,
    reliability: claim.reliability ?? null,
    credibility: claim.credibility ?? null,
    evidence: claim.evidence ?? null,
    reported: claim.reported ?? null,
    links: claim.links,
    ...(claim.attribute ? { attribute: claim.attribute } : {}),
  };
}

/** The JSON shape of an event: its fields, participants by role with their names, and claim ids. */
export function eventJson(c: Case, e: Event) {
  return {
    id: e.id,
    title: e.title,
    type: e.type,
    mode: e.mode ?? null,
    date: e.date ?? null,
    place: e.place ?? null,
    process: e.process ?? null,
    round: e.round ?? null,
    status: e.status,
    format: e.format ?? null,
    outcome: e.outcome ?? null,
    participants: e.participants.map((p) => ({
      actor: p.actor,
      name: actorName(c, p.actor),
      role: p.role,
      delegation: p.delegation ?? null,
      claims: claimsAbout(c, `participation:${participationId(e.id, p)}`).map((x) => x.id),
    })),
    claims: claimsAbout(c, `event:${e.id}`).map((x) => x.id),
  };
}

/** `actors`, `actor`, `events`, `meeting`, `relations`, `claims`, `judgments` (`processes` is an analysis). */
export function registerExploreCommands(program: Command, ctx: CliContext): void {
  withFilters(
    caseOption(program.command("actors").description("list the actors of a case")),
  ).action(async (o: CommonOptions) => {
    const c = await load(ctx, o);
    const rows = c.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      parent: a.parent ?? null,
      aliases: a.aliases,
      codes: a.codes,
      events: c.events.filter((e) => e.participants.some((p) => p.actor === a.id)).length,
      relations: c.relations.filter((r) => r.source === a.id || r.target === a.id).length,
    }));
    if (o.json) return json(ctx, rows);
    ctx.out(
      table(
        ["id", "name", "kind", "parent", "events", "relations"],
        rows.map((r) => [r.id, r.name, r.kind, r.parent, r.events, r.relations]),
      ),
    );
  });

  withFilters(
    caseOption(
      program
        .command("actor <id>")
        .description(
          "an actor's profile: relations, events by role, positions, each claim with its evidence",
        ),
    ),
  ).action(async (id: string, o: CommonOptions) => {
    const c = await load(ctx, o);
    const a = c.actors.find((x) => x.id === id);
    if (!a)
      throw new ParleyError(
        "not_found",
        `Showing actor "${id}": case "${o.case}" has no such actor (try \`parley actors\`)`,
      );
    const relations = c.relations.filter((r) => r.source === id || r.target === id);
    const events = c.events.flatMap((e) =>
      e.participants.filter((p) => p.actor === id).map((p) => ({ e, p })),
    );
    const positions = c.positions.filter((p) => p.actor === id);
    const interests = c.interests.filter((p) => p.actor === id);
    const subjectClaims = (s: string) => claimsAbout(c, s);
    if (o.json) {
      return json(ctx, {
        actor: a,
        claims: subjectClaims(`actor:${id}`).map(claimJson),
        relations: relations.map((r) => ({
          ...r,
          claims: subjectClaims(`relation:${r.id}`).map(claimJson),
        })),
        events: events.map(({ e, p }) => ({
          event: e.id,
          title: e.title,
          date: e.date ?? null,
          role: p.role,
          delegation: p.delegation ?? null,
          claims: subjectClaims(`participation:${participationId(e.id, p)}`).map(claimJson),
        })),
        positions: positions.map((p) => ({
          ...p,
          claims: subjectClaims(`position:${p.id}`).map(claimJson),
        })),
        interests,
      });
    }
    const lines: string[] = [];
    lines.push(
      `${a.name} (${a.id}) — ${a.kind}${a.parent ? `, part of ${actorName(c, a.parent)}` : ""}`,
    );
    if (a.aliases.length) lines.push(`Also: ${a.aliases.join(", ")}`);
    const codes = Object.entries(a.codes).map(([k, v]) => `${k} ${v}`);
    if (codes.length) lines.push(`Codes: ${codes.join(", ")}`);
    for (const cl of subjectClaims(`actor:${id}`)) lines.push(`  ${claimLine(c, cl)}`);
    lines.push("", `Relations (${relations.length})`);
    for (const r of relations) {
      const other = r.source === id ? `→ ${actorName(c, r.target)}` : `← ${actorName(c, r.source)}`;
      lines.push(
        `- ${r.type} ${other}${r.topic ? ` [${r.topic}]` : ""}${r.period ? ` (${timeLabel(r.period)})` : ""}${r.recurrence ? ` (${timeLabel(r.recurrence)})` : ""}`,
      );
      for (const cl of subjectClaims(`relation:${r.id}`)) lines.push(`    ${claimLine(c, cl)}`);
    }
    lines.push("", `Events by role (${events.length})`);
    for (const role of roles) {
      const mine = events.filter((x) => x.p.role === role).sort((x, y) => byTime(x.e, y.e));
      if (mine.length === 0) continue;
      lines.push(`${role}:`);
      for (const { e, p } of mine) {
        lines.push(`- ${timeLabel(e.date)} ${e.title} [${e.status}]`);
        for (const cl of subjectClaims(`participation:${participationId(e.id, p)}`))
          lines.push(`    ${claimLine(c, cl)}`);
      }
    }
    if (positions.length) {
      lines.push("", "Positions");
      for (const p of positions) {
        const issue = c.issues.find((i) => i.id === p.issue);
        lines.push(`- ${issue?.name ?? p.issue}: ${p.value} (salience ${p.salience})`);
        for (const cl of subjectClaims(`position:${p.id}`)) lines.push(`    ${claimLine(c, cl)}`);
      }
    }
    if (interests.length) {
      lines.push("", "Interests");
      for (const i of interests) lines.push(`- ${i.text}`);
    }
    ctx.out(lines.join("\n"));
  });

  withFilters(
    caseOption(
      program
        .command("events")
        .description("list events (meetings and other happenings) with participants by role"),
    )
      .option("--process <id>", "only events of this process")
      .option("--actor <id>", "only events this actor takes part in")
      .option("--type <PLOVER>", "only events of this PLOVER type")
      .option("--role <role>", "only where the actor (without --actor, anyone) has this role"),
  ).action(
    async (
      o: CommonOptions & { process?: string; actor?: string; type?: string; role?: string },
    ) => {
      const c = await load(ctx, o);
      // the same record filter as the API's listings
      const events = (
        recordsMatching(c, "events", {
          ...(o.process === undefined ? {} : { process: o.process }),
          ...(o.type === undefined ? {} : { type: [o.type.toUpperCase()] }),
          ...(o.actor === undefined ? {} : { actor: o.actor }),
          ...(o.role === undefined ? {} : { role: [o.role] }),
        }) as Case["events"]
      )
        .slice()
        .sort(byTime);
      if (o.json)
        return json(
          ctx,
          events.map((e) => eventJson(c, e)),
        );
      ctx.out(
        table(
          ["date", "id", "title", "status", "participants"],
          events.map((e) => [
            timeLabel(e.date),
            e.id,
            e.title,
            e.status,
            e.participants.map((p) => `${p.actor}:${p.role}`).join(" "),
          ]),
        ),
      );
    },
  );

  withFilters(
    caseOption(
      program
        .command("meeting <id>")
        .description("a meeting's participants by role, with delegations and evidence"),
    ),
  ).action(async (id: string, o: CommonOptions) => {
    const c = await load(ctx, o);
    const e = c.events.find((x) => x.id === id);
    if (!e)
      throw new ParleyError(
        "not_found",
        `Showing meeting "${id}": case "${o.case}" has no such event (try \`parley events\`)`,
      );
    if (o.json)
      return json(ctx, {
        ...eventJson(c, e),
        claimDetails: c.claims
          .filter(
            (x) => x.subject === `event:${id}` || x.subject.startsWith(`participation:${id}/`),
          )
          .map(claimJson),
      });
    const lines = [
      `${e.title} (${e.id})`,
      `${[e.type, e.mode, timeLabel(e.date), e.place, e.status, e.format].filter(Boolean).join(" · ")}`,
    ];
    if (e.process)
      lines.push(
        `Process: ${c.processes.find((p) => p.id === e.process)?.name ?? e.process}${e.round ? `, round ${e.round}` : ""}`,
      );
    if (e.outcome) lines.push(`Outcome: ${e.outcome}`);
    for (const cl of claimsAbout(c, `event:${id}`)) lines.push(`  ${claimLine(c, cl)}`);
    for (const role of roles) {
      const ps = e.participants.filter((p) => p.role === role);
      if (ps.length === 0) continue;
      lines.push("", `${role}:`);
      for (const p of ps) {
        const d = p.delegation;
        const del = d
          ? ` — ${[d.level?.replace(/_/g, " "), d.head ? `led by ${actorName(c, d.head)}` : "", d.body ? `sent as ${actorName(c, d.body)}` : "", d.capacity].filter(Boolean).join(", ")}`
          : "";
        lines.push(`- ${actorName(c, p.actor)}${del}`);
        for (const cl of claimsAbout(c, `participation:${participationId(id, p)}`))
          lines.push(`    ${claimLine(c, cl)}`);
      }
    }
    ctx.out(lines.join("\n"));
  });

  withFilters(
    caseOption(program.command("relations").description("list lasting ties between actors")).option(
      "--actor <id>",
      "only ties of this actor",
    ),
  ).action(async (o: CommonOptions & { actor?: string }) => {
    const c = await load(ctx, o);
    const rels = c.relations.filter(
      (r) => o.actor === undefined || r.source === o.actor || r.target === o.actor,
    );
    if (o.json)
      return json(
        ctx,
        rels.map((r) => ({ ...r, claims: claimsAbout(c, `relation:${r.id}`).map(claimJson) })),
      );
    ctx.out(
      table(
        ["id", "source", "type", "target", "period", "hedges"],
        rels.map((r) => [
          r.id,
          r.source,
          r.type,
          r.target,
          timeLabel(r.recurrence ?? r.period),
          [...new Set(claimsAbout(c, `relation:${r.id}`).map((x) => x.hedge))].join(","),
        ]),
      ),
    );
  });

  withFilters(
    caseOption(
      program
        .command("claims")
        .description(
          "list claims; --contested shows claims with their denials and contradictions side by side",
        ),
    )
      .option(
        "--contested",
        "only contested subjects, each claim beside what denies or contradicts it",
      )
      .option(
        "--subject <subject>",
        "only claims about this subject (event:x, relation:y, actor:z...)",
      )
      .option("--hedge <hedge>", "only claims with this hedge"),
  ).action(async (o: CommonOptions & { contested?: boolean; subject?: string; hedge?: string }) => {
    const c = await load(ctx, o);
    let claims = c.claims.filter(
      (x) =>
        (o.subject === undefined || x.subject === o.subject) &&
        (o.hedge === undefined || x.hedge === o.hedge),
    );
    if (!o.contested) {
      if (o.json) return json(ctx, claims.map(claimJson));
      ctx.out(
        table(
          ["id", "subject", "stance", "hedge", "asserter", "note"],
          claims.map((x) => [x.id, x.subject, x.stance, x.hedge, x.asserter, x.note]),
        ),
      );
      return;
    }
    const groups = contestedGroups(c, claims);
    claims = groups.flatMap((g) => g.claims);
    if (o.json)
      return json(
        ctx,
        groups.map((g) => ({
          subject: g.subject,
          claims: g.claims.map(claimJson),
          against: g.against.map(claimJson),
        })),
      );
    const lines: string[] = [];
    for (const g of groups) {
      lines.push(`${g.subject}`);
      for (const cl of g.claims) lines.push(`  + ${claimLine(c, cl)}`);
      for (const cl of g.against) lines.push(`  − ${claimLine(c, cl)}`);
      lines.push("");
    }
    ctx.out(lines.join("\n").trimEnd() || "no contested claims");
  });

  caseOption(
    program
      .command("judgments")
      .description("the author's judgments with the claims that support or undermine them"),
  ).action(async (o: CommonOptions) => {
    const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
    const byId = new Map(c.claims.map((x) => [x.id, x]));
    if (o.json) {
      return json(
        ctx,
        c.judgments.map((j) => ({
          ...j,
          supportClaims: j.supports.map((id) => claimJson(byId.get(id) as Claim)),
          undermineClaims: j.undermines.map((id) => claimJson(byId.get(id) as Claim)),
        })),
      );
    }
    const lines: string[] = [];
    for (const j of c.judgments) {
      lines.push(`${j.id}: ${j.text}`);
      for (const id of j.supports) lines.push(`  supports  ${claimLine(c, byId.get(id) as Claim)}`);
      for (const id of j.undermines)
        lines.push(`  undermines ${claimLine(c, byId.get(id) as Claim)}`);
      lines.push("");
    }
    ctx.out(lines.join("\n").trimEnd());
  });
}

/**
 * Subjects whose claims disagree: a claim that denies, or claims linked by `denies` or
 * `contradicts`. Each group lists the claims for the subject and, apart, those against them.
 */
export function contestedGroups(
  c: Case,
  claims: Claim[],
): { subject: string; claims: Claim[]; against: Claim[] }[] {
  const byId = new Map(c.claims.map((x) => [x.id, x]));
  const against = new Map<string, Set<Claim>>();
  const note = (subject: string, cl: Claim) => {
    let s = against.get(subject);
    if (!s) {
      s = new Set();
      against.set(subject, s);
    }
    s.add(cl);
  };
  for (const cl of c.claims) {
    if (cl.stance === "denies") note(cl.subject, cl);
    for (const l of cl.links) {
      const target = byId.get(l.claim);
      if (target && (l.type === "denies" || l.type === "contradicts")) note(target.subject, cl);
    }
  }
  const subjects = [...new Set(claims.map((x) => x.subject))].filter((s) => against.has(s));
  return subjects.map((subject) => {
    const opp = against.get(subject) ?? new Set();
    return {
      subject,
      claims: claims.filter((x) => x.subject === subject && !opp.has(x)),
      against: [...opp],
    };
  });
}
