import { type Case, type Claim, type Evidence, formatFuzzyTime, type Role } from "@parley/core";
import { achMatrices } from "./ach-matrix";
import { actorNetwork } from "./actor-network";
import { alignment, latestPositions, type PairAlignment } from "./alignment";
import { argumentMap } from "./argument-map";
import { blocs } from "./blocs";
import { type CitationRun, chicagoNote, chicagoShortNote } from "./brief-citation";
import { brokerageBetween } from "./brokerage";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { centralities } from "./centralities";
import type { ClaimRef } from "./claim-ref";
import { contestedClaims } from "./contested-claims";
import { meetingAttendance } from "./meeting-attendance";
import { type TimelineItem, timeline } from "./timeline";

/** A sentence of the brief and the footnotes (numbers into `Brief.notes`) that source it. */
export interface BriefStatement {
  text: string;
  notes: number[];
}

/** A chart, as data; the HTML rendering draws it with Observable Plot. */
export type BriefChart =
  | { kind: "bars"; title: string; label: string; bars: { name: string; value: number }[] }
  | { kind: "grid"; title: string; cells: { column: string; row: string; value: string }[] }
  | { kind: "dots"; title: string; dots: { date: string; lane: string; label: string }[] };

/** One block of a section. */
export type BriefBlock =
  | { kind: "paragraph"; statements: BriefStatement[] }
  | { kind: "heading"; text: string }
  | { kind: "list"; items: BriefStatement[] }
  | { kind: "table"; caption: string; header: string[]; rows: BriefStatement[][] }
  | { kind: "chart"; chart: BriefChart };

export type BriefSectionId =
  | "summary"
  | "attendance"
  | "contested"
  | "ach"
  | "network"
  | "alignment"
  | "timeline";

export interface BriefSection {
  id: BriefSectionId;
  title: string;
  blocks: BriefBlock[];
}

/** A footnote: the citation of the source behind one claim or judgment, and its quoted words. */
export interface BriefNote {
  number: number;
  /** `claim:<id>` or `judgment:<id>`. */
  ref: string;
  citation: CitationRun[];
  /** The exact words of the source, when the evidence quotes them (untrusted text). */
  quote?: string;
}

/** What an analyst sends: sections of footnoted statements, and the notes. */
export interface Brief {
  caseId: string;
  title: string;
  /** The filter in words, one line per setting; empty when unfiltered. */
  filter: string[];
  /** YYYY-MM-DD the brief was made. */
  date: string;
  sections: BriefSection[];
  notes: BriefNote[];
}

/** Options of the brief. */
export interface BriefOptions {
  /** Date written on the brief (YYYY-MM-DD); default today. */
  date?: string;
  /**
   * Pairs of actors (or bloc labels) whose brokers to report; default the three heaviest hostile
   * ties of the network (who stands between adversaries).
   */
  brokerage?: [string, string][];
  /** Most timeline entries listed (the chart shows all); default 40. */
  timelineLimit?: number;
}

const ROLE_CODES: Readonly<Record<Role, string>> = {
  host: "H",
  convenor: "C",
  attendee: "A",
  signatory: "S",
  observer: "O",
  mediator: "M",
  witness: "W",
  invited: "I",
  declined: "D",
  not_invited: "N",
  excluded: "X",
  source: "src",
  target: "tgt",
};

const HEDGE_WORDS = {
  reported: "reported",
  alleged: "alleged",
  speculated: "speculation",
  analyst: "analyst's judgment",
} as const;

/**
 * The brief of a case under a filter: a summary with the author's key judgments, the attendance
 * matrix, contested claims and judgments resting on allegation, the ACH matrices, the network
 * with its brokers and blocs, alignment over the issues, and the timeline (each from its analysis:
 * meetingAttendance, contestedClaims, argumentMap, achMatrices, actorNetwork, centralities,
 * brokerageBetween, blocs, alignment, timeline). Every statement drawn
 * from the case carries footnotes to the claims behind it, each a Chicago-style citation of the
 * claim's source. Pure: the same case, filter and date give the same brief.
 */
export function brief(c: Case, filter: CaseFilter = {}, options: BriefOptions = {}): Brief {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const notes: BriefNote[] = [];
  const noteByRef = new Map<string, number>();
  const cited = new Set<string>();

  const noteFor = (ref: string, evidence: Evidence | undefined, asserter: string): number => {
    const known = noteByRef.get(ref);
    if (known !== undefined) return known;
    const number = notes.length + 1;
    const source = evidence ? index.sources.get(evidence.source) : undefined;
    const citation: CitationRun[] = source
      ? cited.has(source.id)
        ? chicagoShortNote(source, evidence)
        : chicagoNote(source, evidence)
      : [
          {
            text: `Analyst's judgment${asserter.startsWith("analyst:") ? ` (${asserter.slice(8)})` : ""}.`,
          },
        ];
    if (source) cited.add(source.id);
    const note: BriefNote = { number, ref, citation };
    if (evidence?.span?.exact !== undefined) note.quote = evidence.span.exact;
    else if (evidence?.note !== undefined && source?.type === "dataset") note.quote = evidence.note;
    notes.push(note);
    noteByRef.set(ref, number);
    return number;
  };
  const claimNote = (id: string): number[] => {
    const claim = index.claims.get(id);
    return claim ? [noteFor(`claim:${id}`, claim.evidence, claim.asserter)] : [];
  };
  const subjectNotes = (subject: string, limit = 2): number[] =>
    (index.claimsBySubject.get(subject) ?? [])
      .slice(0, limit)
      .flatMap((cl: Claim) => claimNote(cl.id));
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  const say = (text: string, n: number[] = []): BriefStatement => ({
    text,
    notes: [...new Set(n)],
  });
  const refText = (r: ClaimRef) =>
    `${r.note} (${asserterName(r.asserter)}, ${HEDGE_WORDS[r.hedge]})`;
  const asserterName = (a: string) =>
    a === "author"
      ? "the source's author"
      : a.startsWith("analyst:")
        ? `analyst ${a.slice(8)}`
        : name(a);

  const sections: BriefSection[] = [];

  // ------------------------------------------------------------------ summary
  const args = argumentMap(k);
  {
    const blocks: BriefBlock[] = [];
    if (k.summary) blocks.push({ kind: "paragraph", statements: [say(k.summary)] });
    blocks.push({
      kind: "paragraph",
      statements: [
        say(
          `The case holds ${k.actors.length} actors, ${k.processes.length} processes, ${k.events.length} events and ${k.relations.length} relations, resting on ${k.claims.length} claims from ${k.sources.length} sources${k.period ? ` over ${formatFuzzyTime(k.period)}` : ""}.`,
        ),
      ],
    });
    if (args.length > 0) {
      blocks.push({ kind: "heading", text: "Key judgments" });
      blocks.push({
        kind: "list",
        items: args.map((j) => {
          const judgment = index.judgments.get(j.id);
          const n = judgment?.evidence
            ? [noteFor(`judgment:${j.id}`, judgment.evidence, judgment.author)]
            : j.supports.slice(0, 3).flatMap((s) => claimNote(s.id));
          const flag =
            j.flag === "rests_on_allegation"
              ? " Its support rests only on alleged or speculated claims."
              : j.flag === "unsupported"
                ? " No supporting claim passes the filter."
                : "";
          return say(`${j.text}${flag}`, n);
        }),
      });
    }
    sections.push({ id: "summary", title: "Summary", blocks });
  }

  // ------------------------------------------------------------------ attendance
  {
    const att = meetingAttendance(k);
    const blocks: BriefBlock[] = [];
    if (att.meetings.length === 0) {
      blocks.push({
        kind: "paragraph",
        statements: [say("No meetings are recorded under this filter.")],
      });
    } else {
      const label = (i: number) => `M${i + 1}`;
      blocks.push({
        kind: "table",
        caption:
          "Roles by meeting: H host, C convenor, A attendee, S signatory, O observer, M mediator, W witness, I invited, D declined, N not invited, X excluded.",
        header: ["Actor", ...att.meetings.map((_m, i) => label(i))],
        rows: att.actors.map((a) => [
          say(name(a)),
          ...att.meetings.map((m) =>
            say((att.matrix[a]?.[m.event] ?? []).map((r) => ROLE_CODES[r]).join(" ")),
          ),
        ]),
      });
      blocks.push({
        kind: "chart",
        chart: {
          kind: "grid",
          title: "Attendance",
          cells: att.actors.flatMap((a) =>
            att.meetings.flatMap((m, i) => {
              const roles = att.matrix[a]?.[m.event];
              return roles
                ? [
                    {
                      column: label(i),
                      row: name(a),
                      value: roles.map((r) => ROLE_CODES[r]).join(" "),
                    },
                  ]
                : [];
            }),
          ),
        },
      });
      blocks.push({
        kind: "list",
        items: att.meetings.map((m, i) => {
          const n = [...subjectNotes(`event:${m.event}`, 1)];
          const part = (xs: typeof m.present, word: string) => {
            if (xs.length === 0) return "";
            for (const x of xs) n.push(...x.claims.slice(0, 1).flatMap((r) => claimNote(r.id)));
            return ` ${word}: ${xs.map((x) => `${x.name}${x.role === "attendee" ? "" : ` (${x.role.replaceAll("_", " ")}${x.level ? `, ${x.level.replaceAll("_", " ")}` : ""})`}${x.role === "attendee" && x.level ? ` (${x.level.replaceAll("_", " ")})` : ""}`).join(", ")}.`;
          };
          return say(
            `${label(i)} ${m.title}${m.date ? `, ${m.date}` : ""}${m.status === "held" ? "" : ` (${m.status})`}.${part(m.present, "Present")}${part(m.invited, "Invited")}${part(m.declined, "Stayed away")}${part(m.leftOut, "Not invited or excluded")}`,
            n,
          );
        }),
      });
    }
    sections.push({ id: "attendance", title: "Attendance", blocks });
  }

  // ------------------------------------------------------------------ contested claims
  {
    const blocks: BriefBlock[] = [];
    const contested = contestedClaims(k, {}, { contestedOnly: true });
    if (contested.length === 0)
      blocks.push({
        kind: "paragraph",
        statements: [say("No claim is denied or contradicted under this filter.")],
      });
    else {
      // A contradiction links two claims both ways; each pair is shown once, under the first.
      const shown = new Set<string>();
      const items: BriefStatement[] = [];
      for (const x of contested) {
        const fresh = (rs: ClaimRef[]) =>
          rs.filter((r) => !shown.has(r.id) || !shown.has(x.claim.id));
        const denials = fresh(x.denials);
        const contradictions = fresh(x.contradictions);
        if (shown.has(x.claim.id) && denials.length === 0 && contradictions.length === 0) continue;
        items.push(say(refText(x.claim), claimNote(x.claim.id)));
        for (const d of denials) items.push(say(`Denied: ${refText(d)}`, claimNote(d.id)));
        for (const d of contradictions)
          items.push(say(`Contradicted: ${refText(d)}`, claimNote(d.id)));
        for (const d of x.corroborations)
          items.push(say(`Corroborated: ${refText(d)}`, claimNote(d.id)));
        shown.add(x.claim.id);
        for (const d of [...denials, ...contradictions]) shown.add(d.id);
      }
      blocks.push({ kind: "list", items });
    }
    const weak = args.filter((j) => j.flag === "rests_on_allegation");
    if (weak.length > 0) {
      blocks.push({ kind: "heading", text: "Judgments resting on allegation or speculation" });
      blocks.push({
        kind: "list",
        items: weak.map((j) =>
          say(
            `${j.text} Supported by ${j.supports.map((s) => `"${s.note}" (${HEDGE_WORDS[s.hedge]})`).join("; ")}.`,
            j.supports.flatMap((s) => claimNote(s.id)),
          ),
        ),
      });
    }
    sections.push({ id: "contested", title: "Contested claims", blocks });
  }

  // ------------------------------------------------------------------ ACH
  {
    const blocks: BriefBlock[] = [];
    const matrices = achMatrices(k);
    if (matrices.length === 0)
      blocks.push({
        kind: "paragraph",
        statements: [say("The case holds no competing hypotheses.")],
      });
    for (const m of matrices) {
      blocks.push({ kind: "heading", text: m.question });
      const lead = m.hypotheses[0];
      const hid = new Map(m.hypotheses.map((h, i) => [h.id, `H${i + 1}`]));
      blocks.push({
        kind: "paragraph",
        statements: [
          say(
            lead
              ? `Least inconsistent with the evidence: ${lead.text} (weighted inconsistency ${fmt(lead.inconsistency)}, ahead by ${fmt(m.margin)}). Ratings by ${m.analyst}.`
              : "No hypothesis.",
          ),
        ],
      });
      blocks.push({
        kind: "list",
        items: m.hypotheses.map((h) =>
          say(
            `${hid.get(h.id)}: ${h.text}, rank ${h.rank}, inconsistency ${fmt(h.inconsistency)}, consistency ${fmt(h.consistency)}.`,
          ),
        ),
      });
      blocks.push({
        kind: "table",
        caption:
          "Evidence against hypotheses (CC, C consistent; N neutral; I, II inconsistent; NA not applicable), most diagnostic first.",
        header: ["Evidence", "Weight", ...m.hypotheses.map((h) => hid.get(h.id) ?? h.id)],
        rows: m.evidence.map((e) => [
          say(e.claim.note, claimNote(e.claim.id)),
          say(fmt(e.weight)),
          ...m.hypotheses.map((h) =>
            say(e.cells.find((x) => x.hypothesis === h.id)?.rating ?? "–"),
          ),
        ]),
      });
      blocks.push({
        kind: "chart",
        chart: {
          kind: "bars",
          title: `Weighted inconsistency: ${m.question}`,
          label: "weighted inconsistency (lower is likelier)",
          bars: m.hypotheses.map((h) => ({ name: hid.get(h.id) ?? h.id, value: h.inconsistency })),
        },
      });
      const changes = m.sensitivity.filter((s) => s.leaderChanges);
      if (changes.length > 0)
        blocks.push({
          kind: "list",
          items: changes.map((s) =>
            say(
              `Without "${index.claims.get(s.claim)?.note ?? s.claim}", ${m.hypotheses.find((h) => h.id === s.ranking[0])?.text ?? s.ranking[0]} would lead.`,
              claimNote(s.claim),
            ),
          ),
        });
    }
    sections.push({ id: "ach", title: "Competing hypotheses", blocks });
  }

  // ------------------------------------------------------------------ network
  {
    const blocks: BriefBlock[] = [];
    const net = actorNetwork(k);
    const tieNotes = (actor: string, limit: number): number[] => {
      const out: number[] = [];
      if (!net.hasNode(actor)) return out;
      net.forEachEdge(actor, (_e, t) => {
        for (const r of t.relations) out.push(...subjectNotes(`relation:${r}`, 1));
        for (const ev of t.events) out.push(...subjectNotes(`event:${ev}`, 1));
      });
      return [...new Set(out)].slice(0, limit);
    };
    const cent = centralities(net).sort(
      (a, b) => b.betweenness - a.betweenness || (a.node < b.node ? -1 : 1),
    );
    const top = cent.filter((x) => x.degree > 0).slice(0, 5);
    blocks.push({ kind: "heading", text: "Brokers" });
    blocks.push({
      kind: "list",
      items: top.map((x) =>
        say(
          `${name(x.node)}: betweenness ${fmt(x.betweenness)}, ties to ${x.degree} actors, weighted degree ${fmt(x.weightedDegree)}.`,
          tieNotes(x.node, 3),
        ),
      ),
    });
    blocks.push({
      kind: "chart",
      chart: {
        kind: "bars",
        title: "Betweenness",
        label: "betweenness (share of shortest paths)",
        bars: cent.slice(0, 10).map((x) => ({ name: name(x.node), value: x.betweenness })),
      },
    });
    const pairs = options.brokerage ?? hostilePairs(net);
    for (const [a, b] of pairs) {
      const from = net.hasNode(a) ? [a] : net.filterNodes((_n, at) => at.bloc === a);
      const to = net.hasNode(b) ? [b] : net.filterNodes((_n, at) => at.bloc === b);
      if (from.length === 0 || to.length === 0 || from.some((x) => to.includes(x))) continue;
      const br = brokerageBetween(net, from, to);
      const lead = br.brokers.slice(0, 3);
      blocks.push({
        kind: "paragraph",
        statements: [
          say(
            lead.length === 0
              ? `No actor stands between ${name(a)} and ${name(b)}.`
              : `Between ${name(a)} and ${name(b)}: ${lead.map((x) => `${x.name} (${pct(x.share)} of shortest paths)`).join(", ")}.`,
            lead.flatMap((x) => tieNotes(x.actor, 2)),
          ),
        ],
      });
    }
    const bl = blocs(net, { seed: 1 });
    const multi = bl.blocs.filter((x) => x.members.length > 1);
    blocks.push({ kind: "heading", text: "Blocs" });
    blocks.push({
      kind: "list",
      items:
        multi.length === 0
          ? [say("No bloc of more than one actor.")]
          : multi.map((x, i) => say(`Bloc ${i + 1}: ${x.members.map(name).join(", ")}.`)),
    });
    blocks.push({
      kind: "paragraph",
      statements: [say(`Modularity of the partition: ${fmt(bl.modularity)}.`)],
    });
    sections.push({ id: "network", title: "Network", blocks });
  }

  // ------------------------------------------------------------------ alignment
  sections.push({
    id: "alignment",
    title: "Alignment",
    blocks: alignmentBlocks(k, name, say, subjectNotes),
  });

  // ------------------------------------------------------------------ timeline
  {
    const blocks: BriefBlock[] = [];
    const items = timeline(k).filter((x) => x.kind !== "claim");
    const labelOf = (x: TimelineItem): string => {
      if (x.kind === "relation") {
        const r = index.relations.get(x.id);
        if (r)
          return `${x.when}: ${name(r.source)} ${r.type.replaceAll("_", " ")} ${name(r.target)}`;
      }
      const e = x.kind === "event" ? index.events.get(x.id) : undefined;
      return `${x.when}: ${x.label}${e && e.status !== "held" ? ` (${e.status})` : ""}`;
    };
    const notesOf = (x: TimelineItem): number[] => {
      const own = subjectNotes(`${x.kind}:${x.id}`, 1);
      if (own.length > 0 || x.kind !== "event") return own;
      // A meeting known only through who attended: cite the first participation claim.
      const prefix = `participation:${x.id}/`;
      const first = k.claims.find((cl) => cl.subject.startsWith(prefix));
      return first ? claimNote(first.id) : [];
    };
    const limit = options.timelineLimit ?? 40;
    blocks.push({
      kind: "list",
      items: items.slice(0, limit).map((x) => say(labelOf(x), notesOf(x))),
    });
    if (items.length > limit)
      blocks.push({
        kind: "paragraph",
        statements: [say(`${items.length - limit} later entries are left out of the list.`)],
      });
    blocks.push({
      kind: "chart",
      chart: {
        kind: "dots",
        title: "Timeline",
        dots: items
          .filter((x) => x.time.start !== null)
          .map((x) => ({
            date: x.time.start as string,
            lane:
              x.kind === "relation"
                ? "relations"
                : x.process
                  ? (index.processes.get(x.process)?.name ?? x.process)
                  : x.type,
            label: labelOf(x),
          })),
      },
    });
    sections.push({ id: "timeline", title: "Timeline", blocks });
  }

  return {
    caseId: k.id,
    title: k.title,
    filter: describeFilter(filter),
    date: options.date ?? new Date().toISOString().slice(0, 10),
    sections,
    notes,
  };
}

/** The three heaviest hostile ties (negative weight first), as actor pairs. */
function hostilePairs(net: ReturnType<typeof actorNetwork>): [string, string][] {
  const ties: { a: string; b: string; w: number }[] = [];
  net.forEachEdge((_e, t, a, b) => {
    if (t.negative <= 0) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    ties.push({ a: x, b: y, w: t.negative });
  });
  ties.sort((x, y) => y.w - x.w || (x.a + x.b < y.a + y.b ? -1 : 1));
  return ties.slice(0, 3).map((t) => [t.a, t.b]);
}

/**
 * The alignment section: each actor's latest position on each issue (footnoted), the closest and
 * most distant pairs from the alignment analysis, and its camps.
 */
function alignmentBlocks(
  k: Case,
  name: (id: string) => string,
  say: (text: string, n?: number[]) => BriefStatement,
  subjectNotes: (subject: string, limit?: number) => number[],
): BriefBlock[] {
  if (k.positions.length === 0)
    return [{ kind: "paragraph", statements: [say("The case records no positions on issues.")] }];
  const blocks: BriefBlock[] = [];
  const latest = latestPositions(k);
  const al = alignment(k);
  const issues = k.issues.filter((i) => k.positions.some((p) => p.issue === i.id));
  const issueName = new Map(issues.map((i) => [i.id, i.name]));
  blocks.push({
    kind: "table",
    caption: "Latest position on each issue (value on the issue's scale, salience in brackets).",
    header: ["Actor", ...issues.map((i) => i.name)],
    rows: al.actors.map((a) => [
      say(name(a)),
      ...issues.map((i) => {
        const p = latest.get(a)?.get(i.id);
        return p
          ? say(`${fmt(p.value)} (${fmt(p.salience)})`, subjectNotes(`position:${p.id}`, 1))
          : say("");
      }),
    ]),
  });
  const pairs = [...al.pairs].sort(
    (p, q) => p.distance - q.distance || (p.a + p.b < q.a + q.b ? -1 : 1),
  );
  const line = (p: PairAlignment) => {
    const n = p.issues
      .slice(0, 2)
      .flatMap((d) => [
        ...subjectNotes(`position:${latest.get(p.a)?.get(d.issue)?.id ?? ""}`, 1),
        ...subjectNotes(`position:${latest.get(p.b)?.get(d.issue)?.id ?? ""}`, 1),
      ]);
    const agree = p.agree.map((i) => issueName.get(i) ?? i);
    const part = p.part.map((i) => issueName.get(i) ?? i);
    return say(
      `${name(p.a)} and ${name(p.b)}: alignment ${fmt(p.alignment)} over ${p.issues.length} issue${p.issues.length === 1 ? "" : "s"}${agree.length > 0 ? `; agree on ${agree.join(", ")}` : ""}${part.length > 0 ? `; part on ${part.join(", ")}` : ""}${p.sensitivity !== null && p.sensitivity > 0 ? `; moves by ${fmt(p.sensitivity)} without the analyst's positions` : ""}.`,
      n,
    );
  };
  blocks.push({ kind: "heading", text: "Closest pairs" });
  blocks.push({ kind: "list", items: pairs.slice(0, 3).map(line) });
  blocks.push({ kind: "heading", text: "Most distant pairs" });
  blocks.push({ kind: "list", items: pairs.slice(-3).reverse().map(line) });
  blocks.push({ kind: "heading", text: "Camps" });
  blocks.push({
    kind: "list",
    items: al.camps.map((camp, i) => say(`Camp ${i + 1}: ${camp.map(name).join(", ")}.`)),
  });
  return blocks;
}

/** The filter in words. */
export function describeFilter(f: CaseFilter): string[] {
  const out: string[] = [];
  if (f.window?.from || f.window?.to)
    out.push(`Time window: ${f.window.from ?? "…"} to ${f.window.to ?? "…"}`);
  if (f.asOf) out.push(`As known on ${f.asOf}`);
  if (f.minReliability) out.push(`Sources at least as reliable as ${f.minReliability}`);
  if (f.minCredibility) out.push(`Information at least as credible as ${f.minCredibility}`);
  if (f.hedges) out.push(`Hedges counted: ${f.hedges.join(", ")}`);
  if (f.sources) out.push(`Sources: ${f.sources.join(", ")}`);
  return out;
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
