import {
  type Case,
  type Claim,
  err,
  ok,
  ParleyError,
  type Problem,
  type Result,
} from "@parley/core";
import type { BargainingActor, ForecastInput, Forum, InputProvenance } from "./forecast-input";

const takingPart = new Set(["host", "convenor", "attendee", "mediator", "signatory"]);

function provenanceOf(claims: readonly Claim[], subject: string): InputProvenance {
  const about = claims.filter((c) => c.subject === subject);
  const sourced = about.find((c) => c.hedge !== "analyst" && c.evidence !== undefined);
  if (sourced !== undefined) return { kind: "source", claim: sourced.id, note: sourced.note };
  const judged = about.find((c) => c.hedge === "analyst");
  return judged !== undefined
    ? { kind: "analyst", note: judged.note }
    : { kind: "analyst", note: "no claim recorded" };
}

/**
 * The forecast input of a case: its issues (all, or those named), every actor with a position on
 * one of them, per-issue capabilities (an issue's own capability, else the case-wide one),
 * position and capability ranges for the Monte Carlo runner, provenance from the claims about
 * each position (`source` with the claim, or `analyst`), and its processes as forums (convenors,
 * backers and the hosts, attendees, mediators and signatories of their events). An actor without
 * a position on an issue does not weigh in there (salience 0). Every missing or inconsistent input
 * is reported at once, each naming the actor and the issue.
 */
export function forecastInputFromCase(
  c: Case,
  options: { issues?: readonly string[] } = {},
): Result<ForecastInput> {
  const problems: Problem[] = [];
  const issues = (options.issues ?? c.issues.map((i) => i.id)).flatMap((id) => {
    const at = c.issues.findIndex((i) => i.id === id);
    const issue = c.issues[at];
    if (issue === undefined) {
      problems.push({
        message: `no issue "${id}" in case "${c.id}"; expected one of ${c.issues.map((i) => i.id).join(", ")}`,
      });
      return [];
    }
    return [
      { id: issue.id, name: issue.name, scale: { min: issue.scale.min, max: issue.scale.max } },
    ];
  });
  const k = new Map(issues.map((i, n) => [i.id, n]));
  const actorIds: string[] = [];
  c.positions.forEach((p, n) => {
    if (!k.has(p.issue)) return;
    if (!actorIds.includes(p.actor)) actorIds.push(p.actor);
    if (!(p.salience >= 0 && p.salience <= 1))
      problems.push({
        pointer: `/positions/${n}/salience`,
        message: `the salience of actor "${p.actor}" on issue "${p.issue}" is ${p.salience}; expected 0..1`,
      });
    const scale = issues[k.get(p.issue) as number]?.scale;
    if (scale !== undefined && !(p.value >= scale.min && p.value <= scale.max))
      problems.push({
        pointer: `/positions/${n}/value`,
        message: `the position of actor "${p.actor}" on issue "${p.issue}" is ${p.value}; expected ${scale.min}..${scale.max}`,
      });
  });
  const actors: BargainingActor[] = actorIds.map((id) => {
    const name = c.actors.find((a) => a.id === id)?.name ?? id;
    const caseWide = c.capabilities.find((cap) => cap.actor === id && cap.issue === undefined);
    const positions = issues.map((i) => (i.scale.min + i.scale.max) / 2);
    const saliences = issues.map(() => 0);
    const issueCapabilities: (number | undefined)[] = issues.map(() => undefined);
    const posRanges: ([number, number] | undefined)[] = issues.map(() => undefined);
    const provenance: (InputProvenance | undefined)[] = issues.map(() => undefined);
    for (const p of c.positions) {
      const at = k.get(p.issue);
      if (p.actor !== id || at === undefined) continue;
      positions[at] = p.value;
      saliences[at] = p.salience;
      if (p.range !== undefined) posRanges[at] = p.range;
      provenance[at] = provenanceOf(c.claims, `position:${p.id}`);
      const own = c.capabilities.find((cap) => cap.actor === id && cap.issue === p.issue);
      if (own !== undefined) issueCapabilities[at] = own.value;
      else if (caseWide === undefined)
        problems.push({
          message: `actor "${id}" has no capability for issue "${p.issue}"; expected a capability for the case or for that issue`,
        });
    }
    const actor: BargainingActor = {
      id,
      name,
      capability: caseWide?.value ?? 0,
      positions,
      saliences,
      provenance: {
        positions: provenance,
        ...(caseWide === undefined
          ? {}
          : { capability: provenanceOf(c.claims, `capability:${caseWide.id}`) }),
      },
    };
    if (issueCapabilities.some((x) => x !== undefined)) actor.issueCapabilities = issueCapabilities;
    const ranges: NonNullable<BargainingActor["ranges"]> = {};
    if (posRanges.some((r) => r !== undefined)) ranges.positions = posRanges;
    if (caseWide?.range !== undefined) ranges.capability = caseWide.range;
    if (Object.keys(ranges).length > 0) actor.ranges = ranges;
    return actor;
  });
  if (problems.length > 0)
    return err(
      new ParleyError(
        "invalid_case",
        `reading case "${c.id}" for a forecast: ${problems.length} problem(s)`,
        { problems },
      ),
    );
  const inCase = new Set(actorIds);
  const forums: Forum[] = c.processes.map((p) => {
    const who = new Set([...p.convenors, ...p.backers]);
    for (const e of c.events)
      if (e.process === p.id)
        for (const part of e.participants) if (takingPart.has(part.role)) who.add(part.actor);
    return { id: p.id, name: p.name, participants: [...who].filter((a) => inCase.has(a)) };
  });
  return ok(forums.length > 0 ? { issues, actors, forums } : { issues, actors });
}
