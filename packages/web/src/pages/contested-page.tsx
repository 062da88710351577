import type { ClaimRef } from "@parley/analysis";
import type { Case } from "@parley/core";
import { describeApiError } from "../api/api-client";
import { useRoute } from "../api/use-api";
import type { PageProps } from "../app";
import { actorName, subjectLabel } from "../lib/names";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

/** Who asserts a claim, in words: the source's author, the analyst, or the actor's name. */
function asserterName(c: Case, asserter: string): string {
  if (asserter === "author") return "the author";
  if (asserter.startsWith("analyst:")) return `${asserter.slice("analyst:".length)} (analyst)`;
  return actorName(c, asserter);
}

function ClaimLine({ c, claim, label }: { c: Case; claim: ClaimRef; label?: string }) {
  return (
    <>
      {claim.note}{" "}
      <span className="muted">
        ({label ? `${label}, ` : ""}
        {asserterName(c, claim.asserter)}, {claim.hedge}, {claim.reliability}
        {claim.credibility ?? 6})
      </span>
    </>
  );
}

/**
 * Contested claims, as the server's analysis finds them (the same list as `parley contested`):
 * each claim that something denies or contradicts, with its denials, contradictions and
 * corroborations; a claim's title opens its evidence.
 */
export default function ContestedPage(_props: PageProps) {
  const { full, caseId, filter, version } = useCaseData();
  const evidence = useEvidence();
  const result = useRoute(
    "/api/cases/{case}/analyses/contested",
    caseId ? { case: caseId } : null,
    filter,
    version,
  );
  if (!full || !caseId) return <p className="muted">Loading the case…</p>;
  if (result.error) return <p className="banner bad">{describeApiError(result.error)}</p>;
  const rows = result.data;
  if (!rows) return <p className="muted">Finding what is contested…</p>;
  return (
    <div className="page contested">
      <h2>Contested claims</h2>
      <p className="muted">
        Claims that another claim denies or contradicts, in this window: a denial is a claim linked
        with <em>denies</em> or one that denies the same subject.
      </p>
      {rows.length === 0 ? <p>Nothing is contested in this window.</p> : null}
      <ul className="contested-list" data-testid="contested-list">
        {rows.map((r) => {
          const title = subjectLabel(full, r.claim.subject);
          return (
            <li key={r.claim.id} className="card" data-claim={r.claim.id}>
              <h3>
                <button
                  type="button"
                  className="linklike"
                  onClick={() =>
                    evidence.open({
                      subject: r.claim.subject,
                      title,
                      claimIds: [r.claim.id, ...r.denials.map((d) => d.id)],
                    })
                  }
                >
                  {title}
                </button>
              </h3>
              <div className="columns">
                <div>
                  <h4>The claim</h4>
                  <p>
                    <ClaimLine c={full} claim={r.claim} label={r.claim.stance} />
                  </p>
                  {r.corroborations.length > 0 ? (
                    <>
                      <h4>Corroborated by</h4>
                      <ul>
                        {r.corroborations.map((x) => (
                          <li key={x.id}>
                            <ClaimLine c={full} claim={x} />
                          </li>
                        ))}
                      </ul>
                    </>
                  ) : null}
                </div>
                <div>
                  <h4>Denied or contradicted</h4>
                  <ul>
                    {r.denials.map((x) => (
                      <li key={`d-${x.id}`}>
                        <ClaimLine c={full} claim={x} label="denies" />
                      </li>
                    ))}
                    {r.contradictions.map((x) => (
                      <li key={`c-${x.id}`}>
                        <ClaimLine c={full} claim={x} label="contradicts" />
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
