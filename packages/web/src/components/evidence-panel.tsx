import { claimReliability } from "@parley/analysis/case-filter";
import { claimsAbout } from "@parley/analysis/claims-about";
import type { Case, Claim } from "@parley/core";
import { useEffect, useRef } from "react";
import { linkedClaims } from "../lib/claims";
import { codeLabel, credibilityMeaning, reliabilityMeaning, safeUrl } from "../lib/labels";
import { actorName, subjectLabel } from "../lib/names";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";
import { SourcePassage } from "./source-passage";

/**
 * The evidence behind a record: each claim with who asserts it, the hedge, the source's
 * reliability and the information's credibility, the sentence in its source, and the claims that
 * deny, contradict or corroborate it. Claims come from the whole case, so nothing is hidden by
 * the time window.
 */
export function EvidencePanel() {
  const { request, close } = useEvidence();
  const { full, caseId } = useCaseData();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (request) heading.current?.focus();
  }, [request]);
  useEffect(() => {
    if (!request) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") close();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [request, close]);
  if (!request || !full || !caseId) return null;
  let claims = claimsAbout(full, request.subject);
  if (request.claimIds) claims = claims.filter((c) => request.claimIds?.includes(c.id));
  return (
    <aside className="evidence-panel" aria-label="Evidence" data-testid="evidence-panel">
      <header>
        <h2 ref={heading} tabIndex={-1}>
          Evidence: {request.title}
        </h2>
        <button type="button" onClick={close} aria-label="Close the evidence panel">
          ✕
        </button>
      </header>
      <p className="muted subject" title={request.subject}>
        {subjectLabel(full, request.subject)}
      </p>
      {claims.length === 0 ? (
        <p>No claim is recorded for this yet.</p>
      ) : (
        <ol className="claims">
          {claims.map((c) => (
            <li key={c.id}>
              <ClaimCard claim={c} caseId={caseId} />
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

function ClaimCard({ claim, caseId }: { claim: Claim; caseId: string }) {
  const { full } = useCaseData();
  if (!full) return null;
  const source = claim.evidence ? full.sources.find((s) => s.id === claim.evidence?.source) : null;
  const reliability = claimReliability(full, claim);
  const credibility = String(claim.credibility ?? 6);
  const links = linkedClaims(full, claim);
  const url = safeUrl(source?.url);
  return (
    <article className={`claim stance-${claim.stance} hedge-${claim.hedge}`}>
      <p className="claim-note">{claim.note}</p>
      <p className="chips">
        <span className={`chip hedge hedge-${claim.hedge}`} title="hedge">
          {claim.hedge}
        </span>
        <span className="chip" title="stance">
          {claim.stance}
        </span>
        <span className="chip" title={`reliability: ${reliabilityMeaning[reliability] ?? ""}`}>
          reliability {reliability}
        </span>
        <span className="chip" title={`credibility: ${credibilityMeaning[credibility] ?? ""}`}>
          credibility {credibility}
        </span>
        {claim.period ? <span className="chip">holds {claim.period.text}</span> : null}
        {claim.reported ? <span className="chip">known {claim.reported.text}</span> : null}
      </p>
      <p className="asserter">
        Asserted by{" "}
        <strong title={claim.asserter}>
          {asserterLabel(claim.asserter, source?.authors, full)}
        </strong>
        {source ? (
          <>
            {" in "}
            {url ? (
              <a href={url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              <cite>{source.title}</cite>
            )}
            {source.container ? `, ${source.container}` : ""}
            {source.date ? `, ${source.date}` : ""}
          </>
        ) : claim.hedge === "analyst" ? (
          " as the analyst's judgment"
        ) : null}
      </p>
      {claim.attribute ? (
        <p>
          {codeLabel(claim.attribute.name)}: {String(claim.attribute.value)}
        </p>
      ) : null}
      {claim.evidence ? <SourcePassage caseId={caseId} evidence={claim.evidence} /> : null}
      {claim.evidence ? (
        <p>
          <a href={`#/coding/${encodeURIComponent(claim.evidence.source)}`}>Open the source</a>
        </p>
      ) : null}
      {links.length > 0 ? (
        <div className="links">
          <h3>Linked claims</h3>
          <ul>
            {links.map((l) => (
              <li key={`${l.type}-${l.incoming}-${l.claim.id}`} className={`link-${l.type}`}>
                <strong>{linkPhrase(l.type, l.incoming)}</strong> {l.claim.note}{" "}
                <span className="muted">
                  ({asserterLabel(l.claim.asserter, undefined, full)}, {l.claim.hedge})
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </article>
  );
}

function asserterLabel(
  asserter: string,
  authors: string[] | undefined,
  c: Pick<Case, "actors">,
): string {
  if (asserter === "author")
    return authors && authors.length > 0 ? authors.join(", ") : "the author";
  if (asserter.startsWith("analyst:")) return `analyst ${asserter.slice(8)}`;
  return actorName(c, asserter);
}

function linkPhrase(type: string, incoming: boolean): string {
  if (incoming) {
    if (type === "denies") return "Denied by:";
    if (type === "contradicts") return "Contradicted by:";
    if (type === "corroborates") return "Corroborated by:";
    return "Superseded by:";
  }
  if (type === "denies") return "Denies:";
  if (type === "contradicts") return "Contradicts:";
  if (type === "corroborates") return "Corroborates:";
  return "Supersedes:";
}
