import type { Actor, Claim, Event, Relation } from "@parley/core";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database, DialectName } from "./database";
import { boundDay, MAX_SPAN_CLASS, UNBOUNDED_CLASS } from "./day-number";
import { caseKeyOf } from "./export-case";
import { MIN_DAY, reliabilityRank } from "./rows";
import type {
  ActorFilter,
  ClaimConditions,
  ClaimFilter,
  EventFilter,
  Page,
  ParticipationFilter,
  ParticipationRow,
  RelationFilter,
  TimeWindow,
} from "./store";

type Condition = RawBuilder<unknown>;

const list = <T>(v: T | readonly T[] | undefined): readonly T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? (v as readonly T[]) : [v as T];

const inList = (column: string, values: readonly unknown[]): Condition =>
  values.length === 0 ? sql`1 = 0` : sql`${sql.ref(column)} in (${sql.join(values)})`;

const and = (conds: Condition[]): Condition =>
  conds.length === 0 ? sql`1 = 1` : sql.join(conds, sql` and `);

/**
 * Interval overlap of `alias.start_day..end_day` with a window; null bounds are unbounded.
 * With both ends given, each span class gets its own index range: an interval of class k is
 * under 2^k days long, so it can only overlap if it starts at most 2^k - 1 days before `from`.
 * SQLite gets the ranges as a UNION ALL of rowids (its planner does not split the OR by
 * itself); PostgreSQL combines the OR terms with a bitmap OR.
 */
export function windowCondition(
  dialect: DialectName,
  table: "events" | "relations" | "claims",
  alias: string,
  caseKey: number,
  w: TimeWindow | undefined,
  operation: string,
): Condition | null {
  if (w === undefined) return null;
  const from = w.from === undefined ? null : boundDay(w.from, "first", operation);
  const to = w.to === undefined ? null : boundDay(w.to, "last", operation);
  if (from === null && to === null) return null;
  const s = sql.ref(`${alias}.start_day`);
  const e = sql.ref(`${alias}.end_day`);
  if (from === null) return sql`(${s} is null or ${s} <= ${to})`;
  if (to === null) return sql`(${e} is null or ${e} >= ${from})`;
  const ranges = (x: string) => {
    const xs = sql.ref(`${x}.start_day`);
    const xe = sql.ref(`${x}.end_day`);
    const xk = sql.ref(`${x}.span_class`);
    const xc = sql.ref(`${x}.case_key`);
    const terms: Condition[] = [];
    for (let c = 0; c <= MAX_SPAN_CLASS; c++) {
      terms.push(
        sql`${xc} = ${caseKey} and ${xk} = ${sql.lit(c)} and ${xs} >= ${from - (2 ** c - 1)} and ${xs} <= ${to} and ${xe} >= ${from}`,
      );
    }
    terms.push(
      sql`${xc} = ${caseKey} and ${xk} = ${sql.lit(UNBOUNDED_CLASS)} and (${xs} is null or ${xs} <= ${to}) and (${xe} is null or ${xe} >= ${from})`,
    );
    return terms;
  };
  if (dialect === "sqlite") {
    const w_ = `${alias}_w`;
    const selects = ranges(w_).map(
      (t) =>
        sql`select ${sql.ref(`${w_}.rowid`)} from ${sql.table(table)} as ${sql.table(w_)} where ${t}`,
    );
    return sql`${sql.ref(`${alias}.rowid`)} in (${sql.join(selects, sql` union all `)})`;
  }
  return sql`(${sql.join(
    ranges(alias).map((t) => sql`(${t})`),
    sql` or `,
  )})`;
}

/** Whether any claim condition is set. */
export function hasClaimConditions(f: ClaimConditions): boolean {
  return (
    f.stance !== undefined ||
    f.hedge !== undefined ||
    f.asserter !== undefined ||
    f.source !== undefined ||
    f.minReliability !== undefined ||
    f.minCredibility !== undefined ||
    f.asOf !== undefined
  );
}

/**
 * Conditions on a claim `c` joined with its source `s`. `defaultStances` applies when the
 * filter names no stance: records are held by claims that assert or report them, not deny them.
 */
function claimConditions(
  f: ClaimConditions,
  defaultStances: boolean,
  operation: string,
): Condition[] {
  const out: Condition[] = [];
  const stances = list(f.stance) ?? (defaultStances ? ["asserts", "reports"] : undefined);
  if (stances !== undefined) out.push(inList("c.stance", stances));
  const hedges = list(f.hedge);
  if (hedges !== undefined) out.push(inList("c.hedge", hedges));
  if (f.asserter !== undefined) out.push(sql`c.asserter = ${f.asserter}`);
  if (f.source !== undefined) out.push(sql`c.source_id = ${f.source}`);
  if (f.minReliability !== undefined) {
    out.push(
      sql`coalesce(c.reliability, s.reliability, 6) <= ${reliabilityRank(f.minReliability)}`,
    );
  }
  if (f.minCredibility !== undefined)
    out.push(sql`coalesce(c.credibility, 6) <= ${f.minCredibility}`);
  if (f.asOf !== undefined) {
    const d = boundDay(f.asOf, "last", operation);
    out.push(sql`coalesce(c.reported_day, s.day, ${MIN_DAY}) <= ${d}`);
  }
  return out;
}

const claimsWithSource = sql`claims c left join entities s on s.case_key = c.case_key and s.kind = 'source' and s.id = c.source_id`;

function page(dialect: DialectName, p: Page): Condition {
  if (p.limit === undefined && p.offset === undefined) return sql``;
  const limit = p.limit ?? (dialect === "sqlite" ? -1 : null);
  const lim = limit === null ? sql`limit all` : sql`limit ${sql.lit(Math.trunc(limit))}`;
  return sql`${lim} offset ${sql.lit(Math.trunc(p.offset ?? 0))}`;
}

const CHUNK = 500;

function chunks<T>(xs: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += CHUNK) out.push(xs.slice(i, i + CHUNK));
  return out;
}

/** Queries over one case, on either dialect. */
export class CaseQueries {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** Actors in case order, optionally of some kinds. */
  async actors(caseId: string, f: ActorFilter = {}): Promise<Actor[]> {
    const key = await caseKeyOf(this.db, caseId, "list actors");
    const kinds = list(f.kind);
    const r = await sql<{ data: string }>`select a.data from entities a
      where a.case_key = ${key} and a.kind = 'actor' and ${kinds === undefined ? sql`1 = 1` : inList("a.type", kinds)}
      order by a.ordinal ${page(this.dialect, f)}`.execute(this.db);
    return r.rows.map((x) => JSON.parse(x.data));
  }

  /** Events in case order, with their participants; see EventFilter. */
  async events(caseId: string, f: EventFilter = {}): Promise<Event[]> {
    const op = "list events";
    const key = await caseKeyOf(this.db, caseId, op);
    const w = windowCondition(this.dialect, "events", "e", key, f.window, op);
    // With a window, SQLite must look rows up by the rowids the window yields; a plain
    // `case_key = ?` would tempt it to scan the whole case instead (unary + hides the index).
    const where: Condition[] = [
      w !== null && this.dialect === "sqlite"
        ? sql`+e.case_key = ${key}`
        : sql`e.case_key = ${key}`,
    ];
    if (w !== null) where.push(w);
    if (f.process !== undefined) where.push(sql`e.process = ${f.process}`);
    const types = list(f.type);
    if (types !== undefined) where.push(inList("e.type", types));
    const statuses = list(f.status);
    if (statuses !== undefined) where.push(inList("e.status", statuses));
    const roles = list(f.role);
    if (f.actor !== undefined || roles !== undefined) {
      // An uncorrelated IN lets the actor index drive the query instead of a check per event.
      const p: Condition[] = [sql`p.case_key = ${key}`];
      if (f.actor !== undefined) p.push(sql`p.actor = ${f.actor}`);
      if (roles !== undefined) p.push(inList("p.role", roles));
      where.push(sql`e.key in (select p.event_key from participations p where ${and(p)})`);
    }
    const claimFiltered = hasClaimConditions(f);
    const conds = claimFiltered ? claimConditions(f, true, op) : [];
    if (claimFiltered) {
      where.push(sql`exists (select 1 from ${claimsWithSource} where c.case_key = e.case_key
        and c.about = e.id and c.subject_kind in ('event', 'participation') and ${and(conds)})`);
    }
    const rows = (
      await sql<{ id: string; data: string }>`select e.id, e.data from events e where ${and(where)}
        order by e.ordinal ${page(this.dialect, f)}`.execute(this.db)
    ).rows;
    const events = rows.map((r) => JSON.parse(r.data) as Event);
    if (!claimFiltered) return events;
    // A participant with claims of its own is shown only when one of them passes.
    const refused = await this.refusedParticipations(
      key,
      rows.map((r) => r.id),
      conds,
    );
    if (refused.size === 0) return events;
    return events.map((e) => ({
      ...e,
      participants: e.participants.filter((p) => !refused.has(`${e.id}/${p.actor}/${p.role}`)),
    }));
  }

  /** Participations (`event/actor/role`) that have claims of their own, none of which passes. */
  private async refusedParticipations(key: number, ids: readonly string[], conds: Condition[]) {
    const out = new Set<string>();
    for (const chunk of chunks(ids)) {
      const rows = (
        await sql<{ subject_id: string; ok: number | string }>`
          select c.subject_id, max(case when ${and(conds)} then 1 else 0 end) as ok from ${claimsWithSource}
          where c.case_key = ${key} and c.subject_kind = 'participation' and ${inList("c.about", chunk)}
          group by c.subject_id`.execute(this.db)
      ).rows;
      for (const r of rows) if (Number(r.ok) === 0) out.add(r.subject_id);
    }
    return out;
  }

  /**
   * Participations in event order. Under claim conditions a participation passes on its own
   * claims; one with none passes when its event does.
   */
  async participations(caseId: string, f: ParticipationFilter = {}): Promise<ParticipationRow[]> {
    const op = "list participations";
    const key = await caseKeyOf(this.db, caseId, op);
    const where: Condition[] = [sql`p.case_key = ${key}`];
    if (f.event !== undefined) where.push(sql`e.case_key = ${key} and e.id = ${f.event}`);
    if (f.actor !== undefined) where.push(sql`p.actor = ${f.actor}`);
    const roles = list(f.role);
    if (roles !== undefined) where.push(inList("p.role", roles));
    if (f.process !== undefined) where.push(sql`e.process = ${f.process}`);
    const w = windowCondition(this.dialect, "events", "e", key, f.window, op);
    if (w !== null) where.push(w);
    if (hasClaimConditions(f)) {
      const conds = and(claimConditions(f, true, op));
      const own = sql`c.case_key = p.case_key and c.subject_kind = 'participation' and c.about = e.id
        and c.subject_actor = p.actor and c.subject_role = p.role`;
      where.push(sql`(exists (select 1 from ${claimsWithSource} where ${own} and ${conds})
        or (not exists (select 1 from claims c where ${own})
          and exists (select 1 from ${claimsWithSource} where c.case_key = p.case_key and c.about = e.id
            and c.subject_kind in ('event', 'participation') and ${conds})))`);
    }
    const rows = (
      await sql<{ event_id: string; ordinal: number; data: string }>`
        select e.id as event_id, p.ordinal, e.data from participations p
        join events e on e.key = p.event_key
        where ${and(where)} order by e.ordinal, p.ordinal ${page(this.dialect, f)}`.execute(this.db)
    ).rows;
    const parsed = new Map<string, Event>();
    const out: ParticipationRow[] = [];
    for (const r of rows) {
      let e = parsed.get(r.event_id);
      if (e === undefined) {
        e = JSON.parse(r.data) as Event;
        parsed.set(r.event_id, e);
      }
      const p = e.participants[Number(r.ordinal)];
      if (p !== undefined) out.push({ event: r.event_id, ...p });
    }
    return out;
  }

  /** Claims in the order recorded; see ClaimFilter. */
  async claims(caseId: string, f: ClaimFilter = {}): Promise<Claim[]> {
    const op = "list claims";
    const key = await caseKeyOf(this.db, caseId, op);
    const where: Condition[] = [sql`c.case_key = ${key}`, ...claimConditions(f, false, op)];
    if (f.subject !== undefined) {
      const i = f.subject.indexOf(":");
      where.push(
        sql`c.subject_kind = ${f.subject.slice(0, i)} and c.subject_id = ${f.subject.slice(i + 1)}`,
      );
    }
    const kinds = list(f.subjectKind);
    if (kinds !== undefined) where.push(inList("c.subject_kind", kinds));
    if (f.about !== undefined) where.push(sql`c.about = ${f.about}`);
    if (f.ids !== undefined) where.push(inList("c.id", f.ids));
    const roles = list(f.role);
    if (roles !== undefined)
      where.push(sql`c.subject_kind = 'participation' and ${inList("c.subject_role", roles)}`);
    if (f.actor !== undefined) {
      const a = f.actor;
      where.push(sql`(c.asserter = ${a}
        or (c.subject_kind = 'actor' and c.subject_id = ${a})
        or (c.subject_kind = 'participation' and c.subject_actor = ${a})
        or (c.subject_kind = 'event' and exists (select 1 from events pe
              join participations p on p.event_key = pe.key
              where pe.case_key = c.case_key and pe.id = c.about and p.actor = ${a}))
        or (c.subject_kind = 'relation' and exists (select 1 from relations r
              where r.case_key = c.case_key and r.id = c.about and (r.source = ${a} or r.target = ${a})))
        or (c.subject_kind in ('position', 'capability', 'interest') and exists (select 1 from entities x
              where x.case_key = c.case_key and x.kind = c.subject_kind and x.id = c.about and x.actor = ${a})))`);
    }
    if (f.process !== undefined) {
      where.push(sql`((c.subject_kind = 'process' and c.about = ${f.process})
        or (c.subject_kind in ('event', 'participation') and exists (select 1 from events e
              where e.case_key = c.case_key and e.id = c.about and e.process = ${f.process})))`);
    }
    const types = list(f.type);
    if (types !== undefined) {
      where.push(sql`((c.subject_kind in ('event', 'participation') and exists (select 1 from events e
              where e.case_key = c.case_key and e.id = c.about and ${inList("e.type", types)}))
        or (c.subject_kind = 'relation' and exists (select 1 from relations r
              where r.case_key = c.case_key and r.id = c.about and ${inList("r.type", types)})))`);
    }
    const own = windowCondition(this.dialect, "claims", "c", key, f.window, op);
    if (own !== null) {
      const ev = windowCondition(this.dialect, "events", "e", key, f.window, op);
      const rel = windowCondition(this.dialect, "relations", "r", key, f.window, op);
      where.push(sql`((c.span_class is not null and ${own}) or (c.span_class is null and (
        (c.subject_kind in ('event', 'participation') and exists (select 1 from events e
          where e.case_key = c.case_key and e.id = c.about and ${ev}))
        or (c.subject_kind = 'relation' and exists (select 1 from relations r
          where r.case_key = c.case_key and r.id = c.about and ${rel}))
        or c.subject_kind not in ('event', 'participation', 'relation'))))`);
    }
    const rows = (
      await sql<{ data: string }>`select c.data from ${claimsWithSource} where ${and(where)}
        order by c.ordinal ${page(this.dialect, f)}`.execute(this.db)
    ).rows;
    return rows.map((r) => JSON.parse(r.data));
  }

  /** Relations in case order; see RelationFilter. */
  async relations(caseId: string, f: RelationFilter = {}): Promise<Relation[]> {
    const op = "list relations";
    const key = await caseKeyOf(this.db, caseId, op);
    const w = windowCondition(this.dialect, "relations", "r", key, f.window, op);
    const where: Condition[] = [
      w !== null && this.dialect === "sqlite"
        ? sql`+r.case_key = ${key}`
        : sql`r.case_key = ${key}`,
    ];
    if (w !== null) where.push(w);
    const types = list(f.type);
    if (types !== undefined) where.push(inList("r.type", types));
    if (f.actor !== undefined) where.push(sql`(r.source = ${f.actor} or r.target = ${f.actor})`);
    if (hasClaimConditions(f)) {
      where.push(sql`exists (select 1 from ${claimsWithSource} where c.case_key = r.case_key
        and c.subject_kind = 'relation' and c.about = r.id and ${and(claimConditions(f, true, op))})`);
    }
    const rows = (
      await sql<{ data: string }>`select r.data from relations r where ${and(where)}
        order by r.ordinal ${page(this.dialect, f)}`.execute(this.db)
    ).rows;
    return rows.map((r) => JSON.parse(r.data));
  }
}
