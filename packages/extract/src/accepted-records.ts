import type { Actor, Case, Claim, Event, Relation, Span } from "@parley/core";
import { slugOf } from "@parley/core";
import { eventTitle, titleName } from "./event-titles";
import { classifiedKinds, type ExtractedEvent, type ExtractedRelation } from "./extraction";
import { type Evidence, fnv1a, type ProposedActor, type ProposedEvent } from "./proposals";

/** What an accepted proposal adds to a case: new records, their claims, and corroborations. */
export interface AcceptedRecords {
  actors: Actor[];
  events: Event[];
  relations: Relation[];
  /** New claims, each with the proposal's evidence, hedge, asserter and stance. */
  claims: Claim[];
  /** Existing records the proposal repeats: only a corroborating claim is added for them. */
  corroborated: string[];
}

/** A proposal as a review queue holds it (the store keeps payload and evidence as JSON). */
export interface ReviewedProposal {
  kind: string;
  payload: unknown;
  evidence?: unknown;
}

interface EvidenceLike {
  source?: string;
  span?: Span;
}

const slug = (s: string): string => slugOf(s, 60) || "x";

const yearsOf = (start?: string | null, end?: string | null): [number, number] => [
  start ? Number(start.slice(0, 4)) : Number.NEGATIVE_INFINITY,
  end ? Number(end.slice(0, 4)) : Number.POSITIVE_INFINITY,
];

function overlaps(
  a: { start?: string | null; end?: string | null } | null | undefined,
  b: { start?: string | null; end?: string | null } | null | undefined,
): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return true;
  const [a0, a1] = yearsOf(a.start, a.end);
  const [b0, b1] = yearsOf(b.start, b.end);
  return a0 <= b1 && b0 <= a1;
}

/**
 * The records an accepted (or edited) proposal adds to a case. An event that repeats one the
 * case has (same type, every proposed participant in the same role, overlapping years) and a
 * tie the case has (same type and ends) are not added again: the proposal becomes a claim on
 * the existing record that corroborates its first claim. A denial links to the claim it denies.
 * Claim ids derive from the evidence, so accepting the same proposal twice adds nothing new.
 */
export function acceptedRecords(p: ReviewedProposal, c: Case): AcceptedRecords {
  const out: AcceptedRecords = {
    actors: [],
    events: [],
    relations: [],
    claims: [],
    corroborated: [],
  };
  const ev = (p.evidence ?? {}) as EvidenceLike;
  const existingIds = new Set(c.claims.map((x) => x.id));
  const claim = (
    subject: string,
    note: string,
    extra: Partial<Claim> = {},
    cited: EvidenceLike = ev,
  ): Claim => {
    const id = `x-${fnv1a(`${subject}|${cited.source ?? ""}|${cited.span?.start ?? ""}|${extra.stance ?? ""}`)}`;
    const where =
      cited.source === undefined
        ? undefined
        : { source: cited.source, ...(cited.span === undefined ? {} : { span: cited.span }) };
    return {
      id,
      subject,
      note,
      ...(where === undefined ? {} : { evidence: where }),
      asserter: "author",
      stance: "asserts",
      hedge: "reported",
      links: [],
      ...extra,
    };
  };
  const firstClaimOn = (subject: string, stance?: string): Claim | undefined =>
    c.claims.find((x) => x.subject === subject && (stance === undefined || x.stance === stance));
  const push = (x: Claim): void => {
    if (!existingIds.has(x.id) && !out.claims.some((y) => y.id === x.id)) out.claims.push(x);
  };

  if (p.kind === "event") {
    const e = p.payload as ExtractedEvent & Partial<Pick<ProposedEvent, "title">>;
    const hedge = {
      hedge: e.certainty,
      asserter: e.asserter ?? "author",
      stance: e.stance,
    } as const;
    const same = c.events.find(
      (x) =>
        x.type === e.type &&
        overlaps(x.date, e.date) &&
        e.participants.every((q) =>
          (x.participants ?? []).some((y) => y.actor === q.actor && y.role === q.role),
        ),
    );
    const id =
      same?.id ??
      `${slug(e.type)}-${slug(e.participants.map((q) => q.actor).join("-"))}${e.date?.start ? `-${e.date.start.slice(0, 4)}` : ""}`;
    const subject = `event:${id}`;
    const links: Claim["links"] = [];
    const prior = firstClaimOn(subject, "asserts");
    if (same !== undefined) {
      out.corroborated.push(same.id);
      if (prior !== undefined)
        links.push({ type: e.stance === "denies" ? "denies" : "corroborates", claim: prior.id });
    } else {
      out.events.push({
        id,
        title:
          e.title ??
          eventTitle(e, (a) => {
            const known = c.actors.find((x) => x.id === a);
            return known === undefined ? a : titleName(known.name, known.kind);
          }),
        type: e.type,
        ...(e.mode === null ? {} : { mode: e.mode }),
        ...(e.date === null ? {} : { date: e.date }),
        ...(e.place === null ? {} : { place: e.place }),
        status: e.status,
        participants: e.participants.map((q) => ({ actor: q.actor, role: q.role })),
      });
    }
    push(
      claim(
        subject,
        `${e.negated ? "Did not happen: " : ""}${e.type} event proposed by extraction.`,
        { ...hedge, links },
      ),
    );
    for (const q of e.participants as (ExtractedEvent["participants"][number] & {
      evidence?: Evidence;
    })[]) {
      const ps = `participation:${id}/${q.actor}/${q.role}`;
      // a participant named in another sentence of the paragraph is cited there
      const cited: EvidenceLike =
        q.evidence === undefined
          ? ev
          : { ...(ev.source === undefined ? {} : { source: ev.source }), span: q.evidence.span };
      const priorP = firstClaimOn(ps, "asserts");
      const l: Claim["links"] =
        priorP === undefined
          ? []
          : [{ type: e.stance === "denies" ? "denies" : "corroborates", claim: priorP.id }];
      push(claim(ps, `${q.actor} as ${q.role}.`, { ...hedge, links: l }, cited));
    }
  } else if (p.kind === "relation") {
    const r = p.payload as ExtractedRelation;
    const same = c.relations.find(
      (x) => x.type === r.type && x.source === r.source && x.target === r.target,
    );
    const id = same?.id ?? `${slug(r.source)}-${slug(r.type)}-${slug(r.target)}`;
    const subject = `relation:${id}`;
    const prior = firstClaimOn(subject, "asserts");
    if (same !== undefined) out.corroborated.push(same.id);
    else {
      out.relations.push({
        id,
        type: r.type,
        source: r.source,
        target: r.target,
        ...(r.period === null
          ? {}
          : r.period.recurrence === undefined
            ? { period: r.period }
            : { recurrence: r.period }),
      });
    }
    push(
      claim(subject, `${r.source} ${r.type.replace(/_/g, " ")} ${r.target}.`, {
        hedge: r.certainty,
        ...(r.period === null ? {} : { period: r.period }),
        links:
          same !== undefined && prior !== undefined
            ? [{ type: "corroborates", claim: prior.id }]
            : [],
      }),
    );
  } else if (p.kind === "actor") {
    const a = p.payload as ProposedActor;
    if (c.actors.some((x) => x.id === a.id)) out.corroborated.push(a.id);
    else {
      // the state it belongs to, when the case has that state: "parent" in the case's terms
      const parent =
        a.country === undefined
          ? undefined
          : (c.actors.find((x) => x.codes.iso3 === a.country && x.kind === "state") ??
            c.actors.find((x) => x.codes.iso3 === a.country));
      out.actors.push({
        id: a.id,
        name: a.name,
        kind: classifiedKinds.has(a.kind) ? (a.kind as Actor["kind"]) : "group",
        aliases: [],
        ...(parent === undefined ? {} : { parent: parent.id }),
        metonyms: [],
        codes: {},
      });
      push(claim(`actor:${a.id}`, `${a.name} is named in the source.`));
    }
  }
  return out;
}
