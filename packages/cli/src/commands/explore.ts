import { claimsAbout, recordsMatching } from "@parley/analysis";
import {
  type Case,
  type Claim,
  compareFuzzyTime,
  type Event,
  participationId,
  type Role,
  roles,
} from "@parley/core";
import type { Command } from "commander";
import { requireValue } from "../case-values";
import type { CliContext } from "../context";
import { actorName, asserterLabel, claimLine, timeLabel } from "../describe";
import {
  type CaseOptions,
  caseOption,
  type FilterOptions,
  loadView,
  withFilters,
} from "../filters";
import { claimQuote, evidenceJson, sourceLabel, subjectLabel } from "../labels";
import { display, table } from "../table";

type CommonOptions = FilterOptions & CaseOptions;

/** Roles of those who were there, apart from who was invited, stayed away or was left out. */
const PRESENT: ReadonlySet<Role> = new Set([
  "host",
  "convenor",
  "attendee",
  "observer",
  "mediator",
  "signatory",
  "witness",
]);

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
    evidence: claim.evidence ? evidenceJson(claim.evidence) : null,
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
    claims: claimsAbout(c, `event:${e.id}`, { parts: false }).map((x) => x.id),
  };
}

/** Claims as a table: what about, who says it, hedge, note, source and the quoted words. */
function claimTable(c: Case, claims: Claim[]): string {
  const head = ["about", "asserter", "hedge", "note", "source", "quote"];
  const row = (x: Claim) => [
    display.ids ? x.subject : subjectLabel(c, x.subject),
    display.ids ? x.asserter : asserterLabel(c, x),
    x.stance === "asserts" ? x.hedge : `${x.hedge}, ${x.stance}`,
    x.note,
    display.ids ? (x.evidence?.source ?? "") : sourceLabel(c, x.evidence?.source),
    claimQuote(x),
  ];
  // The note and the quote are what an analyst reads; they get twice the share of a narrow width.
  const weights = [1, 1, 1, 2, 1, 2];
  return display.ids
    ? table(
        ["id", ...head],
        claims.map((x) => [x.id, ...row(x)]),
        display.width,
        [1, ...weights],
      )
    : table(head, claims.map(row), display.width, weights);
}

/** Lines of a claim under a heading: each claim of the subject, indented. */
function claimLines(c: Case, subject: string, indent: string): string[] {
  return claimsAbout(c, subject).map((cl) => `${indent}${claimLine(c, cl)}`);
}

/** `actors`, `actor`, `events`, `meeting`, `process`, `relations`, `claims`, `judgments`. */
export function registerExploreCommands(program: Command, ctx: CliContext): void {
  withFilters(
    caseOption(program.command("actors").description("list the actors of a case")),
  ).action(async (o: CommonOptions) => {
    const { view: c } = await loadView(ctx, o);
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
    const head = ["name", "kind", "part of", "events", "relations"];
    const cells = (r: (typeof rows)[number]) => [
      r.name,
      r.kind.replaceAll("_", " "),
      r.parent === null ? "" : display.ids ? r.parent : actorName(c, r.parent),
      r.events,
      r.relations,
    ];
    ctx.out(
      display.ids
        ? table(
            ["id", ...head],
            rows.map((r) => [r.id, ...cells(r)]),
          )
        : table(head, rows.map(cells)),
    );
  });

  withFilters(
    caseOption(
      program
        .command("actor <id>")
        .description(
          "an actor's profile: relations, events by role, positions, interests, each claim with its evidence",
        ),
    ),
  ).action(async (id: string, o: CommonOptions) => {
    const { view: c, check } = await loadView(ctx, o);
    check.actor("Showing actor", id);
    const a = c.actors.find((x) => x.id === id);
    if (!a) return ctx.out(`${actorName(c, id)}: nothing about it passes the filters`);
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
        interests: interests.map((i) => ({
          ...i,
          claims: subjectClaims(`interest:${i.id}`).map(claimJson),
        })),
      });
    }
    const lines: string[] = [];
    lines.push(
      `${a.name} (${a.id}) — ${a.kind}${a.parent ? `, part of ${actorName(c, a.parent)}` : ""}`,
    );
    if (a.aliases.length) lines.push(`Also: ${a.aliases.join(", ")}`);
    const codes = Object.entries(a.codes).map(([k, v]) => `${k} ${v}`);
    if (codes.length) lines.push(`Codes: ${codes.join(", ")}`);
    lines.push(...claimLines(c, `actor:${id}`, "  "));
    lines.push("", `Relations (${relations.length})`);
    for (const r of relations) {
      const other = r.source === id ? `→ ${actorName(c, r.target)}` : `← ${actorName(c, r.source)}`;
      lines.push(
        `- ${r.type} ${other}${r.topic ? ` [${r.topic}]` : ""}${r.period ? ` (${timeLabel(r.period)})` : ""}${r.recurrence ? ` (${timeLabel(r.recurrence)})` : ""}`,
      );
      lines.push(...claimLines(c, `relation:${r.id}`, "    "));
    }
    lines.push("", `Events by role (${events.length})`);
    for (const role of roles) {
      const mine = events.filter((x) => x.p.role === role).sort((x, y) => byTime(x.e, y.e));
      if (mine.length === 0) continue;
      lines.push(`${role}:`);
      for (const { e, p } of mine) {
        lines.push(`- ${timeLabel(e.date)} ${e.title} [${e.status}]`);
        lines.push(...claimLines(c, `participation:${participationId(e.id, p)}`, "    "));
      }
    }
    if (positions.length) {
      lines.push("", "Positions");
      for (const p of positions) {
        const issue = c.issues.find((i) => i.id === p.issue);
        lines.push(`- ${issue?.name ?? p.issue}: ${p.value} (salience ${p.salience})`);
        lines.push(...claimLines(c, `position:${p.id}`, "    "));
      }
    }
    if (interests.length) {
      lines.push("", "Interests");
      for (const i of interests) {
        lines.push(`- ${i.text}`);
        lines.push(...claimLines(c, `interest:${i.id}`, "    "));
      }
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
      .option(
        "--role <role>",
        "only events where someone has this role (with --actor: where that actor has it)",
      ),
  ).action(
    async (
      o: CommonOptions & { process?: string; actor?: string; type?: string; role?: string },
    ) => {
      const { view: c, check } = await loadView(ctx, o);
      if (o.process !== undefined) check.process("--process", o.process);
      if (o.actor !== undefined) check.actor("--actor", o.actor);
      const type = o.type === undefined ? undefined : check.eventType("--type", o.type);
      if (o.role !== undefined) check.role("--role", o.role);
      // the same record filter as the API's listings
      const events = (
        recordsMatching(c, "events", {
          ...(o.process === undefined ? {} : { process: o.process }),
          ...(type === undefined ? {} : { type: [type] }),
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
      const who = (e: Event) =>
        display.ids
          ? e.participants.map((p) => `${p.actor}:${p.role}`).join(" ")
          : e.participants
              .map(
                (p) =>
                  `${actorName(c, p.actor)}${p.role === "attendee" ? "" : ` (${p.role.replaceAll("_", " ")})`}`,
              )
              .join(", ");
      const head = ["date", "title", "status", "participants"];
      const cells = (e: Event) => [timeLabel(e.date), e.title, e.status, who(e)];
      ctx.out(
        display.ids
          ? table(
              ["date", "id", ...head.slice(1)],
              events.map((e) => [timeLabel(e.date), e.id, ...cells(e).slice(1)]),
            )
          : table(head, events.map(cells)),
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
    const { view: c, check } = await loadView(ctx, o);
    check.event("Showing meeting", id);
    const e = c.events.find((x) => x.id === id);
    if (!e) return ctx.out(`${id}: nothing about it passes the filters`);
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
    for (const cl of claimsAbout(c, `event:${id}`, { parts: false }))
      lines.push(`  ${claimLine(c, cl)}`);
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
        lines.push(...claimLines(c, `participation:${participationId(id, p)}`, "    "));
      }
    }
    ctx.out(lines.join("\n"));
  });

  withFilters(
    caseOption(
      program
        .command("process <id>")
        .description(
          "a process's profile: convenors, aims, period, meetings by role, related processes, who came and who did not, its claims",
        ),
    ),
  ).action(async (id: string, o: CommonOptions) => {
    const { view: c, check } = await loadView(ctx, o);
    check.process("Showing process", id);
    const p = c.processes.find((x) => x.id === id);
    if (!p) return ctx.out(`${id}: nothing about it passes the filters`);
    ctx.out(processProfile(c, p.id, o.json === true));
  });

  withFilters(
    caseOption(program.command("relations").description("list lasting ties between actors")).option(
      "--actor <id>",
      "only ties of this actor",
    ),
  ).action(async (o: CommonOptions & { actor?: string }) => {
    const { view: c, check } = await loadView(ctx, o);
    if (o.actor !== undefined) check.actor("--actor", o.actor);
    const rels = c.relations.filter(
      (r) => o.actor === undefined || r.source === o.actor || r.target === o.actor,
    );
    if (o.json)
      return json(
        ctx,
        rels.map((r) => ({ ...r, claims: claimsAbout(c, `relation:${r.id}`).map(claimJson) })),
      );
    const head = ["source", "type", "target", "period", "hedges"];
    const cells = (r: (typeof rels)[number]) => [
      display.ids ? r.source : actorName(c, r.source),
      r.type.replaceAll("_", " "),
      display.ids ? r.target : actorName(c, r.target),
      timeLabel(r.recurrence ?? r.period),
      [...new Set(claimsAbout(c, `relation:${r.id}`).map((x) => x.hedge))].join(", "),
    ];
    ctx.out(
      display.ids
        ? table(
            ["id", ...head],
            rels.map((r) => [r.id, ...cells(r)]),
          )
        : table(head, rels.map(cells)),
    );
  });

  withFilters(
    caseOption(
      program
        .command("claims")
        .description(
          "list claims with their source and quoted words; --contested shows claims with their denials and contradictions side by side",
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
      .option("--hedge <hedge>", "only claims with this hedge")
      .option("--stance <stance>", "only claims with this stance (asserts, denies, reports)")
      .option(
        "--asserter <who>",
        "only claims asserted by this actor, `author` or `analyst:<name>`",
      )
      .option("--source <id>", "only claims resting on this source")
      .option("--text <words>", "only claims whose note or quoted words hold all these words"),
  ).action(
    async (
      o: CommonOptions & {
        contested?: boolean;
        subject?: string;
        hedge?: string;
        stance?: string;
        asserter?: string;
        source?: string;
        text?: string;
      },
    ) => {
      const { c: whole, view: c, check } = await loadView(ctx, o);
      if (o.subject !== undefined) {
        const subjects = [...new Set(whole.claims.map((x) => x.subject))].map((id) => ({
          id,
          names: [subjectLabel(whole, id)],
        }));
        requireValue("--subject", "claim about", o.subject, subjects, whole.id);
      }
      if (o.hedge !== undefined) check.hedge("--hedge", o.hedge);
      if (o.stance !== undefined) check.stance("--stance", o.stance);
      if (o.source !== undefined) check.source("--source", o.source);
      if (o.asserter?.startsWith("analyst:")) {
        const analysts = [...new Set(whole.claims.map((x) => x.asserter))]
          .filter((a) => a.startsWith("analyst:"))
          .map((id) => ({ id }));
        requireValue("--asserter", "analyst", o.asserter, analysts, whole.id);
      } else if (o.asserter !== undefined && o.asserter !== "author") {
        check.actor("--asserter", o.asserter);
      }
      const words = (o.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
      let claims = c.claims.filter(
        (x) =>
          (o.subject === undefined || x.subject === o.subject) &&
          (o.hedge === undefined || x.hedge === o.hedge) &&
          (o.stance === undefined || x.stance === o.stance) &&
          (o.asserter === undefined || x.asserter === o.asserter) &&
          (o.source === undefined || x.evidence?.source === o.source) &&
          words.every((w) => `${x.note} ${claimQuote(x)}`.toLowerCase().includes(w)),
      );
      if (!o.contested) {
        if (o.json) return json(ctx, claims.map(claimJson));
        ctx.out(claims.length === 0 ? "no claims match" : claimTable(c, claims));
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
        lines.push(display.ids ? g.subject : subjectLabel(c, g.subject));
        for (const cl of g.claims) lines.push(`  + ${claimLine(c, cl)}`);
        for (const cl of g.against) lines.push(`  − ${claimLine(c, cl)}`);
        lines.push("");
      }
      ctx.out(lines.join("\n").trimEnd() || "no contested claims");
    },
  );

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
          ...(j.evidence ? { evidence: evidenceJson(j.evidence) } : {}),
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
 * A process's profile as text (or JSON): convenors and backers, aims, period, related processes,
 * each meeting with its participants by role, who attended, stayed away or was left out across
 * the meetings (with how often), and the claims about the process and its meetings.
 */
export function processProfile(c: Case, id: string, asJson: boolean): string {
  const p = c.processes.find((x) => x.id === id);
  if (!p) return "";
  const meetings = c.events.filter((e) => e.process === id).sort(byTime);
  const tally = (test: (r: Role) => boolean) => {
    const counts = new Map<string, number>();
    for (const e of meetings)
      for (const a of new Set(e.participants.filter((x) => test(x.role)).map((x) => x.actor)))
        counts.set(a, (counts.get(a) ?? 0) + 1);
    return [...counts].map(([actor, n]) => ({ actor, name: actorName(c, actor), meetings: n }));
  };
  const attended = tally((r) => PRESENT.has(r));
  const declined = tally((r) => r === "declined");
  const leftOut = tally((r) => r === "not_invited" || r === "excluded");
  const claims = c.claims.filter(
    (x) =>
      x.subject === `process:${id}` ||
      meetings.some(
        (e) => x.subject === `event:${e.id}` || x.subject.startsWith(`participation:${e.id}/`),
      ),
  );
  if (asJson)
    return JSON.stringify(
      {
        process: p,
        meetings: meetings.map((e) => eventJson(c, e)),
        attended,
        declined,
        leftOut,
        claims: claims.map(claimJson),
      },
      null,
      2,
    );
  const names = (ids: string[]) => ids.map((a) => actorName(c, a)).join(", ");
  const lines = [`${p.name} (${p.id})`];
  const facts = [
    p.convenors.length ? `convened by ${names(p.convenors)}` : "",
    p.backers.length ? `backed by ${names(p.backers)}` : "",
    p.period ? timeLabel(p.period) : "",
  ].filter(Boolean);
  if (facts.length) lines.push(facts.join(" · "));
  if (p.aims) lines.push(`Aims: ${p.aims.trim()}`);
  if (p.related.length)
    lines.push(
      `Related: ${p.related.map((r) => `${c.processes.find((x) => x.id === r.process)?.name ?? r.process} (${r.type.replaceAll("_", " ")})`).join(", ")}`,
    );
  lines.push(...claimLines(c, `process:${id}`, "  "));
  lines.push("", `Meetings (${meetings.length})`);
  for (const e of meetings) {
    lines.push(`- ${timeLabel(e.date)} ${e.title} [${e.status}]`);
    for (const role of roles) {
      const who = e.participants.filter((x) => x.role === role).map((x) => actorName(c, x.actor));
      if (who.length) lines.push(`    ${role.replaceAll("_", " ")}: ${who.join(", ")}`);
    }
  }
  const counted = (xs: { name: string; meetings: number }[]) =>
    xs.length === 0 ? "none" : xs.map((x) => `${x.name} (${x.meetings})`).join(", ");
  lines.push(
    "",
    "Across its meetings (number of meetings)",
    `  attended: ${counted(attended)}`,
    `  declined: ${counted(declined)}`,
    `  not invited or excluded: ${counted(leftOut)}`,
  );
  lines.push("", `Claims (${claims.length})`);
  for (const cl of claims)
    lines.push(`  ${display.ids ? cl.subject : subjectLabel(c, cl.subject)}: ${claimLine(c, cl)}`);
  return lines.join("\n");
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
