import type { BriefBlock, BriefSection } from "./brief";
import type { DraftStatement } from "./brief-footnotes";

/** The number of words of a text (runs of non-space characters). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// A sentence ends at . ! or ? (maybe closed by a quote or bracket) before a capital or an opening
// quote; "U.S. refusal" stays whole.
const SENTENCE_END = /(?<=[.!?][”"')\]]?)\s+(?=[A-Z“"(])/;

/** The leading whole sentences of a text that fit in `words` words, or null when none does. */
function leadingSentences(text: string, words: number): string | null {
  const kept: string[] = [];
  let used = 0;
  for (const s of text.split(SENTENCE_END)) {
    const n = wordCount(s);
    if (used + n > words) break;
    kept.push(s);
    used += n;
  }
  return kept.length === 0 ? null : kept.join(" ");
}

function blockWords(block: BriefBlock<DraftStatement>): number {
  switch (block.kind) {
    case "heading":
      return wordCount(block.text);
    case "paragraph":
      return block.statements.reduce((n, s) => n + wordCount(s.text), 0);
    case "list":
      return block.items.reduce((n, s) => n + wordCount(s.text), 0);
    case "table":
      return (
        wordCount(block.caption) +
        block.header.reduce((n, h) => n + wordCount(h), 0) +
        block.rows.flat().reduce((n, s) => n + wordCount(s.text), 0)
      );
    case "chart":
      return 0;
  }
}

/**
 * Cuts drafted sections to at most `maxWords` words of text (section titles, headings,
 * statements, table captions and cells; footnotes are not counted). Reading in order, a block is
 * kept whole when it fits; a paragraph or list that does not fit keeps its leading statements that
 * do (a statement citing nothing may keep its leading sentences) and ends the brief there. A table
 * that does not fit is left out and the text goes on; a chart is kept after the block it draws
 * when that block is kept whole; a heading only with something kept after it; a section only with
 * some text.
 */
export function cutToWords(
  sections: BriefSection<DraftStatement>[],
  maxWords: number,
): BriefSection<DraftStatement>[] {
  let left = maxWords;
  let ended = false;
  const out: BriefSection<DraftStatement>[] = [];
  for (const section of sections) {
    if (ended) break;
    const title = wordCount(section.title);
    let budget = left - title;
    const blocks: BriefBlock<DraftStatement>[] = [];
    let heading: BriefBlock<DraftStatement> | undefined;
    let previousWhole = false;
    const keep = (block: BriefBlock<DraftStatement>, words: number) => {
      if (heading) {
        blocks.push(heading);
        budget -= blockWords(heading);
        heading = undefined;
      }
      blocks.push(block);
      budget -= words;
    };
    for (const block of section.blocks) {
      if (block.kind === "heading") {
        heading = block;
        continue;
      }
      if (block.kind === "chart") {
        if (previousWhole) blocks.push(block);
        continue;
      }
      const room = budget - (heading ? blockWords(heading) : 0);
      const words = blockWords(block);
      if (words <= room) {
        keep(block, words);
        previousWhole = true;
        continue;
      }
      previousWhole = false;
      if (block.kind === "table") continue;
      const statements = block.kind === "paragraph" ? block.statements : block.items;
      const kept: DraftStatement[] = [];
      let used = 0;
      for (const s of statements) {
        const n = wordCount(s.text);
        if (used + n <= room) {
          kept.push(s);
          used += n;
          continue;
        }
        const part = s.refs.length === 0 ? leadingSentences(s.text, room - used) : null;
        if (part !== null) {
          kept.push({ text: part, refs: [] });
          used += wordCount(part);
        }
        break;
      }
      if (kept.length > 0)
        keep(
          block.kind === "paragraph"
            ? { kind: "paragraph", statements: kept }
            : { kind: "list", items: kept },
          used,
        );
      ended = true;
      break;
    }
    if (blocks.some((b) => b.kind !== "chart" && b.kind !== "heading")) {
      out.push({ ...section, blocks });
      left = budget;
    }
  }
  return out;
}
