import type { Evidence } from "@parley/core";
import type { BriefBlock, BriefNote, BriefSection, BriefStatement } from "./brief";
import { type CitationRun, chicagoNote, chicagoShortNote } from "./brief-citation";
import type { CaseIndex } from "./case-index";

/** A statement while the brief is drafted: its text and the keys of what it cites. */
export interface DraftStatement {
  text: string;
  /** Footnote keys (`claim:<id>`, `judgment:<id>`), in the order the statement cites them. */
  refs: string[];
}

/** What a footnote key stands for: the evidence behind it and who asserts it. */
interface Citable {
  evidence: Evidence | undefined;
  asserter: string;
}

/**
 * The footnotes a brief may cite. Sections cite by key while they are drafted; numbers are given
 * only at the end (`numberFootnotes`), over the statements that remain, so that a footnote exists
 * only if some statement cites it and notes are numbered in order of first citation.
 */
export interface FootnoteRegistry {
  /** Registers what `ref` stands for (the first registration wins) and returns `ref`. */
  cite(ref: string, evidence: Evidence | undefined, asserter: string): string;
  /** What a key stands for, if it was registered. */
  get(ref: string): Citable | undefined;
}

/** An empty footnote registry. */
export function footnoteRegistry(): FootnoteRegistry {
  const known = new Map<string, Citable>();
  return {
    cite(ref, evidence, asserter) {
      if (!known.has(ref)) known.set(ref, { evidence, asserter });
      return ref;
    },
    get: (ref) => known.get(ref),
  };
}

/** The statements of a block in reading order (table cells row by row). */
export function blockStatements<S>(block: BriefBlock<S>): S[] {
  switch (block.kind) {
    case "paragraph":
      return block.statements;
    case "list":
      return block.items;
    case "table":
      return block.rows.flat();
    default:
      return [];
  }
}

function mapBlock<S, T>(block: BriefBlock<S>, f: (s: S) => T): BriefBlock<T> {
  switch (block.kind) {
    case "paragraph":
      return { kind: "paragraph", statements: block.statements.map(f) };
    case "list":
      return { kind: "list", items: block.items.map(f) };
    case "table":
      return { ...block, rows: block.rows.map((r) => r.map(f)) };
    default:
      return block;
  }
}

/**
 * Numbers the footnotes of drafted sections: each key gets the next number where it is first
 * cited, reading the sections in order; its note is a full Chicago note the first time its source
 * is cited and a short note after (Chicago Manual of Style, 17th ed., 14.29-14.36), or the
 * analyst's judgment when it has no source.
 */
export function numberFootnotes(
  sections: BriefSection<DraftStatement>[],
  registry: FootnoteRegistry,
  index: CaseIndex,
): { sections: BriefSection[]; notes: BriefNote[] } {
  const notes: BriefNote[] = [];
  const numberOf = new Map<string, number>();
  const citedSources = new Set<string>();
  const number = (ref: string): number | undefined => {
    const known = numberOf.get(ref);
    if (known !== undefined) return known;
    const what = registry.get(ref);
    if (!what) return undefined;
    const { evidence, asserter } = what;
    const source = evidence ? index.sources.get(evidence.source) : undefined;
    const citation: CitationRun[] = source
      ? citedSources.has(source.id)
        ? chicagoShortNote(source, evidence)
        : chicagoNote(source, evidence)
      : [
          {
            text: `Analyst's judgment${asserter.startsWith("analyst:") ? ` (${asserter.slice(8)})` : ""}.`,
          },
        ];
    if (source) citedSources.add(source.id);
    const note: BriefNote = { number: notes.length + 1, ref, citation };
    if (evidence?.span?.exact !== undefined) note.quote = evidence.span.exact;
    else if (evidence?.note !== undefined && source?.type === "dataset") note.quote = evidence.note;
    notes.push(note);
    numberOf.set(ref, note.number);
    return note.number;
  };
  const statement = (s: DraftStatement): BriefStatement => ({
    text: s.text,
    notes: [...new Set(s.refs.map(number).filter((n): n is number => n !== undefined))],
  });
  const out = sections.map((s) => ({
    ...s,
    blocks: s.blocks.map((b) => mapBlock(b, statement)),
  }));
  return { sections: out, notes };
}
