import type { Case } from "@parley/core";
import { type ArgumentNode, argumentMap } from "./argument-map";
import { briefAch } from "./brief-ach";
import { briefAlignment } from "./brief-alignment";
import { briefAttendance } from "./brief-attendance";
import type { CitationRun } from "./brief-citation";
import { briefContested } from "./brief-contested";
import { briefContext } from "./brief-context";
import { cutToWords } from "./brief-cut";
import { type DraftStatement, footnoteRegistry, numberFootnotes } from "./brief-footnotes";
import { briefNetwork } from "./brief-network";
import { briefSummary } from "./brief-summary";
import { briefTimeline } from "./brief-timeline";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";

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

/** One block of a section; `S` is the statement (footnote numbers once the brief is made). */
export type BriefBlock<S = BriefStatement> =
  | { kind: "paragraph"; statements: S[] }
  | { kind: "heading"; text: string }
  | { kind: "list"; items: S[] }
  | { kind: "table"; caption: string; header: string[]; rows: S[][] }
  | { kind: "chart"; chart: BriefChart };

/** The sections of a brief, in their default order. */
export const briefSectionIds = [
  "summary",
  "attendance",
  "contested",
  "ach",
  "network",
  "alignment",
  "timeline",
] as const;
export type BriefSectionId = (typeof briefSectionIds)[number];

export interface BriefSection<S = BriefStatement> {
  id: BriefSectionId;
  title: string;
  blocks: BriefBlock<S>[];
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
  /** The filter (and the cut) in words, one line per setting; empty when unfiltered and whole. */
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
  /** The sections to write, in this order; default all, in the order of `briefSectionIds`. */
  sections?: BriefSectionId[];
  /** Most words of text (see `cutToWords`); default no limit. */
  maxWords?: number;
}

/**
 * The brief of a case under a filter: a summary with the author's key judgments, the attendance
 * matrix, contested claims and judgments resting on allegation, the ACH matrices, the network
 * with its brokers and blocs, alignment over the issues, and the timeline, one file per section
 * (`brief-summary.ts` ... `brief-timeline.ts`). Every statement drawn from the case carries
 * footnotes to the claims behind it, each a Chicago-style citation of the claim's source; a
 * footnote exists only if a statement that remains cites it, numbered in order of first citation.
 * Pure: the same case, filter and options give the same brief.
 */
export function brief(c: Case, filter: CaseFilter = {}, options: BriefOptions = {}): Brief {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const registry = footnoteRegistry();
  const ctx = briefContext(k, index, registry, options);
  let args: ArgumentNode[] | undefined;
  const judgments = () => {
    args ??= argumentMap(k);
    return args;
  };
  const draft = (id: BriefSectionId) => {
    switch (id) {
      case "summary":
        return briefSummary(ctx, judgments());
      case "attendance":
        return briefAttendance(ctx);
      case "contested":
        return briefContested(ctx, judgments());
      case "ach":
        return briefAch(ctx);
      case "network":
        return briefNetwork(ctx);
      case "alignment":
        return briefAlignment(ctx);
      case "timeline":
        return briefTimeline(ctx);
    }
  };
  const chosen = [...new Set(options.sections ?? briefSectionIds)];
  let drafts: BriefSection<DraftStatement>[] = chosen.map(draft);
  if (options.maxWords !== undefined) drafts = cutToWords(drafts, options.maxWords);
  const { sections, notes } = numberFootnotes(drafts, registry, index);
  const lines = describeFilter(filter);
  if (options.sections !== undefined) lines.push(`Sections: ${chosen.join(", ")}`);
  if (options.maxWords !== undefined) lines.push(`Cut to at most ${options.maxWords} words`);
  return {
    caseId: k.id,
    title: k.title,
    filter: lines,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    sections,
    notes,
  };
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
