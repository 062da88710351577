import type { Evidence } from "@parley/core";
import { useEffect, useState } from "react";
import { describeApiError } from "../api/api-client";
import { locateSpan, paragraphAt, passageAround, sourceText } from "../lib/source-text";

/**
 * The sentence behind a claim, highlighted in its source's text when the text is attached, else
 * the evidence note. Source text is untrusted: it is only ever rendered as text nodes.
 */
export function SourcePassage({ caseId, evidence }: { caseId: string; evidence: Evidence }) {
  const [text, setText] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    sourceText(caseId, evidence.source).then(
      (t) => live && setText(t),
      (e: unknown) => live && setError(describeApiError(e)),
    );
    return () => {
      live = false;
    };
  }, [caseId, evidence.source]);

  const note = evidence.note ? <p className="evidence-note">Note: {evidence.note}</p> : null;
  if (error) return <p className="error">{error}</p>;
  if (text === undefined) return <p className="muted">Loading the source…</p>;
  if (text === null) {
    return (
      <>
        {evidence.span ? <blockquote className="quote">{evidence.span.exact}</blockquote> : null}
        {note}
        <p className="muted" data-testid="text-not-attached">
          The source's text is not attached, so only the quoted words are shown. Attach it on the{" "}
          <a href="#/sources">Sources</a> page, or with{" "}
          <code>parley source attach {evidence.source} &lt;file&gt;</code>, to see the sentence in
          its passage.
        </p>
      </>
    );
  }
  if (evidence.span) {
    const at = locateSpan(text, evidence.span);
    if (at) {
      const p = passageAround(text, at.start, at.end);
      return (
        <>
          <blockquote className="passage" data-testid="passage">
            {p.before}
            <mark>{p.match}</mark>
            {p.after}
          </blockquote>
          {note}
        </>
      );
    }
    return (
      <>
        <blockquote className="quote">{evidence.span.exact}</blockquote>
        <p className="warning">This quote was not found in the attached text.</p>
        {note}
      </>
    );
  }
  if (evidence.paragraph !== undefined) {
    const para = paragraphAt(text, evidence.paragraph);
    if (para) {
      return (
        <>
          <blockquote className="passage">{para}</blockquote>
          {note}
        </>
      );
    }
  }
  return note ?? <p className="muted">No place in the source is given.</p>;
}
