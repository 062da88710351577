import type { ClaimRef } from "@parley/analysis";
import { type Case, parseSubject } from "@parley/core";
import { describeApiError } from "../api/api-client";
import { useRoute } from "../api/use-api";
import type { PageProps } from "../app";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

/** A readable title of a claim's subject: the event, the relation in words, the participation. */
export function subjectTitle(c: Case, subject: string): string {
  const { kind, id } = parseSubject(subject);
  const name = (a: string) => c.actors.find((x) => x.id === a)?.name ?? a;
  if (kind === "event") return c.events.find((e) => e.id === id)?.title ?? id;
  if (kind === "relation") {
    const r = c.relations.find((x) => x.id === id);
    return r ? `${name(r.source)} ${r.type.replace(/_/g, " ")} ${name(r.target)}` : id;
  }
  if (kind === "participation") {
    const [ev, actor, role] = id.split("/");
    const e = c.events.find((x) => x.id === ev);
    return `${name(actor ?? "")} ${String(role).replace(/_/g, " ")} at ${e?.title ?? ev}`;
  }
  if (kind === "actor") return name(id);
  return subject;
}

function ClaimLine({ claim, label }: { claim: ClaimRef; label?: string }) {
  return (
    <>
      {claim.note}{" "}
      <span className="muted">
        ({label ? `${label}, ` : ""}
        {claim.asserter}, {claim.hedge}, {claim.reliability}
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
          const title = subjectTitle(full, r.claim.subject);
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
                    <ClaimLine claim={r.claim} label={r.claim.stance} />
                  </p>
                  {r.corroborations.length > 0 ? (
                    <>
                      <h4>Corroborated by</h4>
                      <ul>
                        {r.corroborations.map((x) => (
                          <li key={x.id}>
                            <ClaimLine claim={x} />
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
                        <ClaimLine claim={x} label="denies" />
                      </li>
                    ))}
                    {r.contradictions.map((x) => (
                      <li key={`c-${x.id}`}>
                        <ClaimLine claim={x} label="contradicts" />
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
