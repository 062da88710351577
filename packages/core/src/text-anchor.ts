import type { Span } from "./model";

/** Normalises a source text before hashing or addressing: CRLF and CR become LF. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** A sentence of a text: its paragraph (0-based), index within the paragraph, and offsets. */
export interface Sentence {
  paragraph: number;
  index: number;
  start: number;
  end: number;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS =
  /(?:\b(?:U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Prof|No|vs|etc|e\.g|i\.e|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z])\.$/;

/**
 * Splits a text into paragraphs (separated by line breaks) and sentences (ending in . ! or ?
 * followed by white space and a capital, a digit or an opening quote), skipping abbreviations.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  let paragraph = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const para = m[0];
    const base = m.index;
    if (para.trim() === "") continue;
    let index = 0;
    let start = para.search(/\S/);
    const end = /[.!?][”"’')\]]*(?=\s+[A-Z0-9“"‘(])/g;
    for (let e = end.exec(para); e !== null; e = end.exec(para)) {
      const stop = e.index + e[0].length;
      if (ABBREVIATIONS.test(para.slice(Math.max(0, e.index - 6), e.index + 1))) continue;
      out.push({ paragraph, index, start: base + start, end: base + stop });
      index++;
      start = stop + (para.slice(stop).search(/\S/) === -1 ? 0 : para.slice(stop).search(/\S/));
    }
    const trimmedEnd = para.replace(/\s+$/, "").length;
    if (start < trimmedEnd)
      out.push({ paragraph, index, start: base + start, end: base + trimmedEnd });
    paragraph++;
  }
  return out;
}

/** The sentence that contains offset `at`, if any. */
export function sentenceAt(all: Sentence[], at: number): Sentence | undefined {
  return all.find((s) => at >= s.start && at < s.end);
}

/**
 * Builds a span for `[start, end)` of a text: the exact text with up to `context` characters of
 * prefix and suffix (W3C Web Annotation TextQuoteSelector plus TextPositionSelector).
 */
export function makeSpan(text: string, start: number, end: number, context = 32): Span {
  const span: Span = { start, end, exact: text.slice(start, end) };
  const prefix = text.slice(Math.max(0, start - context), start);
  const suffix = text.slice(end, end + context);
  if (prefix) span.prefix = prefix;
  if (suffix) span.suffix = suffix;
  return span;
}

/**
 * Finds where a span lies in a text that may have been edited a little: the recorded offsets when
 * the exact text is still there, else the occurrence of the exact text whose prefix and suffix
 * match best, nearest the recorded offset. Returns undefined when the quote is gone.
 */
export function resolveSpan(text: string, span: Span): { start: number; end: number } | undefined {
  if (text.slice(span.start, span.end) === span.exact) return { start: span.start, end: span.end };
  let best: { start: number; score: number } | undefined;
  for (let i = text.indexOf(span.exact); i !== -1; i = text.indexOf(span.exact, i + 1)) {
    let score = 0;
    if (span.prefix && text.slice(Math.max(0, i - span.prefix.length), i) === span.prefix)
      score += 2;
    const after = i + span.exact.length;
    if (span.suffix && text.slice(after, after + span.suffix.length) === span.suffix) score += 2;
    score -= Math.abs(i - span.start) / (text.length + 1);
    if (!best || score > best.score) best = { start: i, score };
  }
  return best ? { start: best.start, end: best.start + span.exact.length } : undefined;
}
