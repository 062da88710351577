import { ApiError, apiFetch } from "../api/api-client";

/** Texts already fetched, by `<case>/<source>`; null when the source has no attached text. */
const cache = new Map<string, Promise<string | null>>();

/** The attached text of a source, or null when none is attached (fetched once per session). */
export function sourceText(caseId: string, sourceId: string): Promise<string | null> {
  const key = `${caseId}/${sourceId}`;
  let p = cache.get(key);
  if (!p) {
    p = apiFetch<{ text: string }>(
      `/cases/${encodeURIComponent(caseId)}/sources/${encodeURIComponent(sourceId)}/text`,
    ).then(
      (r) => r.text,
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        cache.delete(key);
        throw e;
      },
    );
    cache.set(key, p);
  }
  return p;
}

/** Forgets a source's text after it was attached or replaced. */
export function forgetSourceText(caseId: string, sourceId: string): void {
  cache.delete(`${caseId}/${sourceId}`);
}

/**
 * Where a quoted span sits in a text: at its offsets when the quote is still there, else at the
 * occurrence of the quote nearest to them (the W3C text quote selector's fallback).
 */
export function locateSpan(
  text: string,
  span: { start: number; end: number; exact: string },
): { start: number; end: number } | null {
  if (text.slice(span.start, span.end) === span.exact) return { start: span.start, end: span.end };
  let best = -1;
  for (let i = text.indexOf(span.exact); i !== -1; i = text.indexOf(span.exact, i + 1)) {
    if (best === -1 || Math.abs(i - span.start) < Math.abs(best - span.start)) best = i;
  }
  return best === -1 ? null : { start: best, end: best + span.exact.length };
}

/**
 * The passage around [start, end): the paragraph it falls in (blank-line separated), trimmed to
 * `room` characters either side.
 */
export function passageAround(
  text: string,
  start: number,
  end: number,
  room = 500,
): { before: string; match: string; after: string } {
  const pStart = text.lastIndexOf("\n\n", start);
  const pEnd = text.indexOf("\n\n", end);
  let from = pStart === -1 ? 0 : pStart + 2;
  let to = pEnd === -1 ? text.length : pEnd;
  from = Math.max(from, start - room);
  to = Math.min(to, end + room);
  return {
    before: (from > 0 && text[from - 1] !== "\n" ? "… " : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length && text[to] !== "\n" ? " …" : ""),
  };
}

/** The paragraph with a 0-based index (blank-line separated). */
export function paragraphAt(text: string, index: number): string | undefined {
  return text.split(/\n\s*\n/)[index];
}
