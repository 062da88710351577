import { ApiError, apiFetch, routeOffered } from "../api/api-client";

/** Texts already fetched, by `<case>/<source>`; null when the source has no attached text. */
const cache = new Map<string, Promise<string | null>>();

/** The ids of the sources with an attached text, by case; null when the server cannot list them. */
const attachedByCase = new Map<string, Promise<Set<string> | null>>();

function attachedSources(caseId: string): Promise<Set<string> | null> {
  let p = attachedByCase.get(caseId);
  if (!p) {
    const path = `/cases/${encodeURIComponent(caseId)}/texts`;
    p = routeOffered("GET", path).then((offered) =>
      offered
        ? apiFetch<{ items: { source: string }[] }>(path).then(
            (r) => new Set(r.items.map((t) => t.source)),
            (e: unknown) => {
              attachedByCase.delete(caseId);
              throw e;
            },
          )
        : null,
    );
    attachedByCase.set(caseId, p);
  }
  return p;
}

/**
 * The attached text of a source, or null when none is attached (fetched once per session). The
 * list of attached texts is asked first, so that a source without one costs no failed request.
 */
export function sourceText(caseId: string, sourceId: string): Promise<string | null> {
  const key = `${caseId}/${sourceId}`;
  let p = cache.get(key);
  if (!p) {
    p = attachedSources(caseId)
      .then((attached) =>
        attached !== null && !attached.has(sourceId)
          ? null
          : apiFetch<{ text: string }>(
              `/cases/${encodeURIComponent(caseId)}/sources/${encodeURIComponent(sourceId)}/text`,
            ).then((r) => r.text),
      )
      .catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        cache.delete(key);
        throw e;
      });
    cache.set(key, p);
  }
  return p;
}

/** Forgets a source's text after it was attached or replaced. */
export function forgetSourceText(caseId: string, sourceId: string): void {
  cache.delete(`${caseId}/${sourceId}`);
  attachedByCase.delete(caseId);
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
