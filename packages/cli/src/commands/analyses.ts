import {
  achMatrices,
  achMatrix,
  actorNetwork,
  alignment,
  argumentMap,
  assertionsByAsserter,
  blocs,
  brokerage,
  type CaseFilter,
  centralities,
  changesBetween,
  claimsAbout,
  contestedClaims,
  filterCase,
  inclusivity,
  knownAt,
  latestPositions,
  legitimacySignals,
  meetingAttendance,
  parallelProcesses,
  processOverlap,
  processParticipation,
  structuralBalance,
  timeline,
} from "@parley/analysis";
import { type Case, compareFuzzyTime, isIsoPartialDate, ParleyError } from "@parley/core";
import type { Command } from "commander";
import { pathTies, shortestBrokerPaths } from "../broker-paths";
import type { CliContext } from "../context";
import { actorName, asserterLabel, claimLine, timeLabel } from "../describe";
import { type FilterOptions, loadView, withFilters } from "../filters";
import { sourceLabel, subjectLabel } from "../labels";
import { display, table } from "../table";
import { claimJson } from "./explore";

interface CommonOptions extends FilterOptions {
  case: string;
  db?: string;
  json?: boolean;
}

const common = (cmd: Command) =>
  cmd
    .option("-c, --case <id>", "case id", "afghanistan")
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .option("--json", "print JSON (shapes in docs/analyses.md)");

async function load(ctx: CliContext, o: CommonOptions) {
  const { c, filter, check } = await loadView(ctx, o);
  return { c, filter: filter as CaseFilter, check };
}

/** An actor as tables show it: its name, or its id with `--ids`. */
const actorLabel = (c: Case) => (id: string) => (display.ids ? id : actorName(c, id));
/** An asserter as tables show it: an actor's name; `author` and `analyst:<name>` as they are. */
const asserterWord = (c: Case) => (a: string) =>
  display.ids || a === "author" || a.startsWith("analyst:") ? a : actorName(c, a);
/** A process as tables show it: its name, or its id with `--ids`. */
const processLabel = (c: Case) => (id: string | null | undefined) =>
  id === null || id === undefined
    ? ""
    : display.ids
      ? id
      : (c.processes.find((p) => p.id === id)?.name ?? id);

const printJson = (ctx: CliContext, value: unknown) => ctx.out(JSON.stringify(value, null, 2));
const fixed = (x: number | null, digits = 3) => (x === null ? "-" : x.toFixed(digits));
const list = (xs: readonly string[]) => (xs.length === 0 ? "-" : xs.join(", "));

/** `parley ach [set]`: the ACH matrices of a case (or one), ranked, with diagnostic evidence. */
export async function achCommand(ctx: CliContext, set: string | undefined, o: CommonOptions) {
  const { c, filter } = await load(ctx, o);
  let matrices = achMatrices(c, filter);
  if (set !== undefined) {
    const r = achMatrix(c, set, filter);
    if (!r.ok) throw r.error;
    matrices = [r.value];
  }
  if (o.json) return printJson(ctx, { case: c.id, matrices });
  if (matrices.length === 0) return ctx.out(`${c.id}: no hypothesis sets`);
  const blocks = matrices.map((m) => {
    const ranking = table(
      ["rank", "hypothesis", "inconsistency", "consistency", "text"],
      m.hypotheses.map((h) => [h.rank, h.id, fixed(h.inconsistency), fixed(h.consistency), h.text]),
    );
    const grid = table(
      ["claim", "weight", "diagnosticity", ...m.hypotheses.map((h) => h.id)],
      m.evidence.map((e) => [
        e.claim.id,
        fixed(e.weight, 2),
        fixed(e.diagnosticity, 2),
        ...m.hypotheses.map((h) => e.cells.find((x) => x.hypothesis === h.id)?.rating ?? "-"),
      ]),
    );
    const sensitivity =
      m.sensitivity.length === 0
        ? "No single claim changes the ranking."
        : m.sensitivity
            .map(
              (s) =>
                `Without ${s.claim}: ${s.ranking.join(" > ")}${s.leaderChanges ? " (another hypothesis leads)" : ""}`,
            )
            .join("\n");
    return [
      `${m.question} [${m.set}, rated by ${m.analyst}]`,
      "",
      ranking,
      "",
      grid,
      "",
      `Most diagnostic: ${list(m.mostDiagnostic)}; margin ${fixed(m.margin)}`,
      sensitivity,
    ].join("\n");
  });
  ctx.out(blocks.join("\n\n"));
}

/** `parley contested`: claims with their denials, contradictions, corroborations; who asserts what. */
export async function contestedCommand(ctx: CliContext, o: CommonOptions & { all?: boolean }) {
  const { c, filter } = await load(ctx, o);
  const claims = contestedClaims(c, filter, { contestedOnly: !o.all });
  const asserters = assertionsByAsserter(c, filter);
  if (o.json) return printJson(ctx, { case: c.id, claims, asserters });
  const who = asserterWord(c);
  ctx.out(
    table(
      [
        "claim",
        "asserter",
        "stance",
        "hedge",
        "about",
        "denied by",
        "contradicted by",
        "corroborated by",
      ],
      claims.map((x) => [
        x.claim.id,
        who(x.claim.asserter),
        x.claim.stance,
        x.claim.hedge,
        list(x.about),
        list(x.denials.map((d) => `${d.id} (${who(d.asserter)})`)),
        list(x.contradictions.map((d) => d.id)),
        list(x.corroborations.map((d) => d.id)),
      ]),
    ),
  );
  ctx.out("");
  ctx.out(
    table(
      ["asserter", "claims", "asserts", "denies", "reports", "about"],
      asserters.map((a) => [
        who(a.asserter),
        a.claims.length,
        a.claims.filter((x) => x.stance === "asserts").length,
        a.claims.filter((x) => x.stance === "denies").length,
        a.claims.filter((x) => x.stance === "reports").length,
        list([...new Set(a.claims.flatMap((x) => x.about))].sort()),
      ]),
    ),
  );
}

/** `parley arguments`: the author's judgments with supporting and undermining claims. */
export async function argumentsCommand(ctx: CliContext, o: CommonOptions) {
  const { c, filter } = await load(ctx, o);
  const judgments = argumentMap(c, filter);
  if (o.json) return printJson(ctx, { case: c.id, judgments });
  ctx.out(
    table(
      ["judgment", "flag", "supports", "undermines", "text"],
      judgments.map((j) => [
        j.id,
        j.flag ?? "",
        list(j.supports.map((s) => `${s.id} (${s.hedge})`)),
        list(j.undermines.map((s) => s.id)),
        j.text,
      ]),
    ),
  );
}

/** `parley network`: centralities, blocs and unbalanced triads of the actor network. */
export async function networkCommand(ctx: CliContext, o: CommonOptions) {
  const { c, filter } = await load(ctx, o);
  const g = actorNetwork(c, filter);
  const rows = centralities(g);
  const found = blocs(g);
  const balance = structuralBalance(g);
  const nm = actorLabel(c);
  if (o.json) {
    return printJson(ctx, {
      case: c.id,
      nodes: rows.map((r) => ({
        id: r.node,
        name: g.getNodeAttribute(r.node, "name"),
        kind: g.getNodeAttribute(r.node, "kind"),
        bloc: found.byActor[r.node] ?? null,
        degree: r.degree,
        weightedDegree: r.weightedDegree,
        betweenness: r.betweenness,
        closeness: r.closeness,
        eigenvector: r.eigenvector,
        pagerank: r.pagerank,
      })),
      ties: g.mapEdges((_key, t, source, target) => ({ source, target, ...t })),
      blocs: found,
      balance,
    });
  }
  ctx.out(
    table(
      [
        "actor",
        "bloc",
        "degree",
        "weighted",
        "betweenness",
        "closeness",
        "eigenvector",
        "pagerank",
      ],
      rows.map((r) => [
        nm(r.node),
        found.byActor[r.node],
        r.degree,
        fixed(r.weightedDegree, 1),
        fixed(r.betweenness),
        fixed(r.closeness),
        fixed(r.eigenvector),
        fixed(r.pagerank),
      ]),
    ),
  );
  ctx.out("");
  ctx.out(`Blocs (modularity ${fixed(found.modularity)}):`);
  for (const b of found.blocs) ctx.out(`  ${b.id}: ${b.members.map(nm).join(", ")}`);
  ctx.out("");
  ctx.out(
    `Structural balance: ${balance.balanced} of ${balance.signedTriads} signed triads balanced (${fixed(balance.balanceRatio, 2)})`,
  );
  for (const t of balance.unbalanced)
    ctx.out(
      t.kind === "rivals_courting_same_party"
        ? `  ${t.actors
            .filter((a) => a !== t.courted)
            .map(nm)
            .join(" and ")} are hostile and both court ${nm(t.courted ?? "")}`
        : `  ${t.actors.map(nm).join(", ")} are all hostile to one another`,
    );
}

/** `parley brokers <a> <b> [--evidence]`: who stands between two actors or blocs, and how much. */
export async function brokersCommand(
  ctx: CliContext,
  a: string,
  b: string,
  o: CommonOptions & { evidence?: boolean },
) {
  const { c, filter, check } = await load(ctx, o);
  // A side is an actor, an analyst's bloc label or a computed bloc (bloc-1...); anything else is
  // most likely a mistyped actor.
  const labels = new Set(c.actors.flatMap((x) => (x.bloc === undefined ? [] : [x.bloc])));
  for (const side of [a, b])
    if (!/^bloc-\d+$/.test(side) && !labels.has(side)) check.actor("parley brokers", side);
  const r = brokerage(c, a, b, filter);
  if (!r.ok) throw r.error;
  const net = actorNetwork(c, filter);
  const view = filterCase(c, filter);
  const paths = o.evidence ? (shortestBrokerPaths(net, a, b) ?? []) : [];
  const tieJson = (t: ReturnType<typeof pathTies>[number]) => ({
    ...t,
    relations: t.relations.map((id) => ({
      id,
      claims: claimsAbout(view, `relation:${id}`).map(claimJson),
    })),
    events: t.events.map((id) => ({ id, claims: claimsAbout(view, `event:${id}`).map(claimJson) })),
  });
  if (o.json)
    return printJson(ctx, {
      case: c.id,
      ...r.value,
      ...(o.evidence
        ? { evidence: paths.map((p) => ({ actors: p, ties: pathTies(net, p).map(tieJson) })) }
        : {}),
    });
  const { from, to, distance, brokers } = r.value;
  const nm = (id: string) => (display.ids ? id : actorName(c, id));
  const names = (xs: readonly string[]) => list(xs.map(nm));
  if (distance === null)
    return ctx.out(`No cooperative or neutral path links ${names(from)} and ${names(to)}.`);
  ctx.out(`Between ${names(from)} and ${names(to)}: shortest indirect path ${distance} steps`);
  ctx.out(
    table(
      display.ids ? ["broker", "name", "share", "paths"] : ["broker", "share", "paths"],
      brokers.map((x) =>
        display.ids
          ? [x.actor, x.name, fixed(x.share), fixed(x.paths, 2)]
          : [x.name, fixed(x.share), fixed(x.paths, 2)],
      ),
    ),
  );
  if (!o.evidence) return;
  for (const x of brokers) {
    const mine = paths.filter((p) => p.slice(1, -1).includes(x.actor));
    // A route is a sequence of actors; its ties may each carry several channels, which is why
    // the weighted paths of the table can outnumber the routes.
    ctx.out(
      `\n${nm(x.actor)}: on ${mine.length} shortest route${mine.length === 1 ? "" : "s"} (${fixed(x.paths, 2)} of ${fixed(r.value.paths, 2)} weighted paths)`,
    );
    for (const p of mine) {
      ctx.out(`  ${p.map(nm).join(" — ")}`);
      for (const t of pathTies(net, p)) {
        ctx.out(`    ${nm(t.a)} — ${nm(t.b)}`);
        for (const id of t.relations) {
          const rel = view.relations.find((y) => y.id === id);
          ctx.out(
            `      ${rel ? subjectLabel(view, `relation:${id}`) : id}${rel?.period ? ` (${timeLabel(rel.period)})` : ""}`,
          );
          for (const cl of claimsAbout(view, `relation:${id}`))
            ctx.out(`        ${claimLine(view, cl)}`);
        }
        for (const id of t.events) {
          const e = view.events.find((y) => y.id === id);
          ctx.out(`      met at ${e?.title ?? id}${e?.date ? ` (${timeLabel(e.date)})` : ""}`);
          for (const cl of claimsAbout(view, `event:${id}`))
            ctx.out(`        ${claimLine(view, cl)}`);
        }
      }
    }
  }
}

/** `parley processes`: attendance, participation, overlap, parallel tracks, inclusivity, legitimacy. */
export async function processesCommand(ctx: CliContext, o: CommonOptions & { process?: string }) {
  const { c, filter, check } = await load(ctx, o);
  if (o.process !== undefined) check.process("--process", o.process);
  const attendance = meetingAttendance(
    c,
    filter,
    o.process === undefined ? {} : { process: o.process },
  );
  const participation = processParticipation(c, filter);
  const overlap = processOverlap(c, filter);
  const parallel = parallelProcesses(c, filter);
  const inclusion = inclusivity(c, filter);
  const legitimacy = legitimacySignals(c, filter);
  if (o.json)
    return printJson(ctx, {
      case: c.id,
      attendance,
      participation,
      overlap,
      parallel,
      inclusivity: inclusion,
      legitimacy,
    });
  const nm = actorLabel(c);
  const pn = processLabel(c);
  const names = (xs: { actor: string }[]) => list(xs.map((x) => nm(x.actor)));
  ctx.out(
    table(
      ["meeting", "date", "process", "status", "present", "invited", "declined", "left out"],
      attendance.meetings.map((m) => [
        display.ids ? m.event : m.title,
        m.date,
        pn(m.process),
        m.status,
        list(
          m.present.map((a) =>
            a.level ? `${nm(a.actor)} (${a.role}, ${a.level})` : `${nm(a.actor)} (${a.role})`,
          ),
        ),
        names(m.invited),
        names(m.declined),
        names(m.leftOut),
      ]),
    ),
  );
  const reasons = attendance.meetings.flatMap((m) =>
    [...m.declined, ...m.leftOut].flatMap((a) =>
      a.claims.map(
        (k) =>
          `  ${display.ids ? m.event : m.title}: ${nm(a.actor)} ${a.role.replaceAll("_", " ")} (${asserterWord(c)(k.asserter)}, ${k.hedge}): ${k.note}`,
      ),
    ),
  );
  if (reasons.length > 0)
    ctx.out(["", "Who stayed away or was left out, and who says so:", ...reasons].join("\n"));
  ctx.out("");
  ctx.out(
    table(
      [
        "process",
        "convenors",
        "events",
        "held",
        "government",
        "armed groups",
        "together",
        "as equals",
      ],
      participation.map((p, i) => {
        const inc = inclusion[i];
        return [
          pn(p.process),
          list(p.convenors.map(nm)),
          p.events,
          p.held,
          list((inc?.governments ?? []).map(nm)),
          list((inc?.armedGroups ?? []).map(nm)),
          list((inc?.together ?? []).map(nm)),
          list((inc?.asEquals ?? []).map(nm)),
        ];
      }),
    ),
  );
  if (parallel.length > 0) {
    ctx.out("");
    ctx.out(
      table(
        ["process", "parallel to", "from", "to", "party overlap", "link"],
        parallel.map((p) => [
          pn(p.a),
          pn(p.b),
          p.during.start ?? "open",
          p.during.end ?? "open",
          fixed(p.partyOverlap, 2),
          p.link,
        ]),
      ),
    );
  }
  if (legitimacy.length > 0) {
    ctx.out("");
    ctx.out(
      table(
        ["signal", "armed group", "by", "via", "peers"],
        legitimacy.map((s) => [
          s.kind.replaceAll("_", " "),
          nm(s.actor),
          list(s.by.map(nm)),
          display.ids
            ? s.via
            : (c.events.find((e) => e.id === s.via)?.title ?? subjectLabel(c, `relation:${s.via}`)),
          list((s.peers ?? []).map(nm)),
        ]),
      ),
    );
  }
  if (overlap.length > 0) {
    ctx.out("");
    ctx.out(
      table(
        ["process", "process", "shared parties", "jaccard"],
        overlap.map((x) => [pn(x.a), pn(x.b), list(x.shared.map(nm)), fixed(x.jaccard, 2)]),
      ),
    );
  }
}

/** `parley alignment`: pairwise alignment of actors, where they agree and part, camps. */
export async function alignmentCommand(ctx: CliContext, o: CommonOptions) {
  const { c, filter } = await load(ctx, o);
  const a = alignment(c, filter);
  if (o.json) return printJson(ctx, { case: c.id, ...a });
  const nm = actorLabel(c);
  ctx.out(
    table(
      ["actor", "actor", "alignment", "agree on", "part on", "analyst share", "without analyst"],
      [...a.pairs]
        .sort((x, y) => y.alignment - x.alignment)
        .map((p) => [
          nm(p.a),
          nm(p.b),
          fixed(p.alignment),
          list(p.agree),
          list(p.part),
          fixed(p.analystShare, 2),
          fixed(p.withoutAnalyst),
        ]),
    ),
  );
  ctx.out("");
  ctx.out(`Camps: ${a.camps.map((x) => `[${x.map(nm).join(", ")}]`).join(" ")}`);
}

/** `parley timeline`: dated events, relations and claims on one axis. */
export async function timelineCommand(
  ctx: CliContext,
  o: CommonOptions & { process?: string; actor?: string; type?: string },
) {
  const { c, filter, check } = await load(ctx, o);
  const options: { process?: string; actor?: string; type?: string } = {};
  if (o.process !== undefined) options.process = check.process("--process", o.process);
  if (o.actor !== undefined) options.actor = check.actor("--actor", o.actor);
  if (o.type !== undefined) options.type = check.timelineType("--type", o.type);
  const items = timeline(c, filter, options);
  if (o.json) return printJson(ctx, { case: c.id, items });
  ctx.out(
    display.ids
      ? table(
          ["when", "kind", "type", "id", "what"],
          items.map((x) => [x.when, x.kind, x.type, x.id, x.label]),
        )
      : table(
          ["when", "kind", "type", "what"],
          items.map((x) => [x.when, x.kind, x.type, x.label]),
        ),
  );
}

/** `parley diff --from --to`: what happened and what became known between two dates, in words. */
export async function diffCommand(
  ctx: CliContext,
  o: CommonOptions & { from: string; to: string },
) {
  for (const [flag, v] of [
    ["--from", o.from],
    ["--to", o.to],
  ] as const) {
    if (!isIsoPartialDate(v))
      throw new ParleyError(
        "invalid_input",
        `diff ${flag} "${v}": expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD`,
      );
  }
  const { from, to, ...rest } = o;
  const { c, filter } = await load(ctx, rest);
  const changes = changesBetween(c, from, to, filter);
  if (o.json) return printJson(ctx, { case: c.id, ...changes });
  ctx.out(diffText(c, changes, filter).join("\n"));
}

/**
 * The changes between two dates as lines an analyst reads: events with their dates, relations
 * by the names of both ends, participations as who took what role where (with the role known
 * before when it changed), positions with the value known before and after, and the claims.
 */
export function diffText(
  c: Case,
  changes: ReturnType<typeof changesBetween>,
  filter: CaseFilter,
): string[] {
  const { happened, learned, from, to } = changes;
  const view = filterCase(c, filter);
  const before = knownAt(view, from);
  const nm = (id: string) => (display.ids ? id : actorName(c, id));
  const event = (id: string) => {
    const e = view.events.find((x) => x.id === id);
    return e ? `${timeLabel(e.date)} ${e.title} [${e.status}]`.trim() : id;
  };
  // Events in time order (undated last), as an analyst reads a chronology.
  const inTime = (ids: string[]) => {
    const at = (id: string) => view.events.find((x) => x.id === id)?.date;
    return [...ids].sort((a, b) => {
      const x = at(a);
      const y = at(b);
      return x && y ? compareFuzzyTime(x, y) : x ? -1 : y ? 1 : 0;
    });
  };
  const relation = (id: string) => {
    const r = view.relations.find((x) => x.id === id);
    return r
      ? `${nm(r.source)} ${r.type.replaceAll("_", " ")} ${nm(r.target)}${r.period ? ` (${timeLabel(r.period)})` : ""}`
      : id;
  };
  const participation = (id: string) => {
    const [ev = "", actor = "", role = ""] = id.split("/");
    const earlier = before.events
      .find((e) => e.id === ev)
      ?.participants.filter((p) => p.actor === actor && p.role !== role)
      .map((p) => p.role.replaceAll("_", " "));
    const title = view.events.find((e) => e.id === ev)?.title ?? ev;
    const was = earlier && earlier.length > 0 ? `${earlier.join(", ")} → ` : "";
    return `${nm(actor)} at ${title}: ${was}${role.replaceAll("_", " ")}`;
  };
  const beforePositions = latestPositions(before);
  const position = (id: string) => {
    const p = view.positions.find((x) => x.id === id);
    if (!p) return id;
    const issue = view.issues.find((i) => i.id === p.issue)?.name ?? p.issue;
    const old = beforePositions.get(p.actor)?.get(p.issue);
    return `${nm(p.actor)} on ${issue}: ${old && old.id !== p.id ? `${old.value} → ` : ""}${p.value}`;
  };
  const asserterOf = (id: string, fallback: string) => {
    const claim = view.claims.find((x) => x.id === id);
    return claim ? asserterLabel(view, claim) : fallback;
  };
  const section = (title: string, items: string[]) =>
    items.length === 0 ? [`${title}: none`] : [`${title}:`, ...items.map((x) => `  - ${x}`)];
  const lines = [
    `From ${from} to ${to}`,
    "",
    "Happened",
    ...section("  events", inTime(happened.events).map(event)),
    ...section("  relations began", happened.relationsBegan.map(relation)),
    ...section("  relations ended", happened.relationsEnded.map(relation)),
    "",
    "Became known",
    ...section("  events", inTime(learned.events).map(event)),
    ...section("  participations", learned.participations.map(participation)),
    ...section("  relations", learned.relations.map(relation)),
    ...section("  positions", learned.positions.map(position)),
    `  claims: ${learned.claims.length}`,
  ];
  if (learned.claims.length > 0)
    lines.push(
      table(
        display.ids
          ? ["claim", "about", "asserter", "hedge", "note", "source"]
          : ["about", "asserter", "hedge", "note", "source"],
        learned.claims.map((k) => {
          const row = [
            display.ids ? k.subject : subjectLabel(view, k.subject),
            display.ids ? k.asserter : asserterOf(k.id, k.asserter),
            k.stance === "asserts" ? k.hedge : `${k.hedge}, ${k.stance}`,
            k.note,
            display.ids ? (k.source ?? "") : sourceLabel(view, k.source),
          ];
          return display.ids ? [k.id, ...row] : row;
        }),
      ),
    );
  return lines;
}

/**
 * `parley ach|contested|arguments|network|brokers|processes|alignment|timeline|diff`: the
 * analyses, each with `--case`, the common filters and `--json`.
 */
export function registerAnalysisCommands(program: Command, ctx: CliContext): void {
  withFilters(
    common(
      program
        .command("ach [set]")
        .description("competing hypotheses: ranked, with the most diagnostic evidence"),
    ),
  ).action((set: string | undefined, o: CommonOptions) => achCommand(ctx, set, o));

  withFilters(
    common(
      program
        .command("contested")
        .description("claims with their denials, contradictions and corroborations"),
    ),
  )
    .option("--all", "list every claim, not only contested ones")
    .action((o: CommonOptions & { all?: boolean }) => contestedCommand(ctx, o));

  withFilters(
    common(
      program
        .command("arguments")
        .description("the author's judgments with the claims for and against"),
    ),
  ).action((o: CommonOptions) => argumentsCommand(ctx, o));

  withFilters(
    common(
      program
        .command("network")
        .description("actor network: centralities, blocs, structural balance"),
    ),
  ).action((o: CommonOptions) => networkCommand(ctx, o));

  withFilters(
    common(
      program
        .command("brokers <a> <b>")
        .description("who stands between two actors or blocs (actor id, bloc label or bloc-N)"),
    ),
  )
    .option(
      "--evidence",
      "list the shortest paths through each broker, the ties and the claims behind them",
    )
    .action((a: string, b: string, o: CommonOptions & { evidence?: boolean }) =>
      brokersCommand(ctx, a, b, o),
    );

  withFilters(
    common(
      program
        .command("processes")
        .description(
          "attendance, participation, overlap, parallel processes, inclusivity, legitimacy",
        ),
    ),
  )
    .option("--process <id>", "attendance of one process only")
    .action((o: CommonOptions & { process?: string }) => processesCommand(ctx, o));

  withFilters(
    common(
      program
        .command("alignment")
        .description("pairwise alignment of actors over the issues, and camps"),
    ),
  ).action((o: CommonOptions) => alignmentCommand(ctx, o));

  withFilters(
    common(
      program.command("timeline").description("dated events, relations and claims on one axis"),
    ),
  )
    .option("--process <id>", "one process only")
    .option("--actor <id>", "one actor only")
    .option("--type <type>", "one event or relation type, or claim")
    .action((o: CommonOptions & { process?: string; actor?: string; type?: string }) =>
      timelineCommand(ctx, o),
    );

  common(
    program.command("diff").description("what happened and what became known between two dates"),
  )
    .requiredOption("--from <date>", "first date (YYYY, YYYY-MM, YYYY-MM-DD)")
    .requiredOption("--to <date>", "last date")
    .option("--min-reliability <A-F>", "weakest source reliability kept")
    .option("--min-credibility <1-6>", "weakest information credibility kept")
    .option("--hedges <list>", "hedges that count, comma-separated")
    .option("--sources <list>", "source ids whose claims count, comma-separated")
    .action((o: CommonOptions & { from: string; to: string }) => diffCommand(ctx, o));
}
