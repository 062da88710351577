import {
  type ArgumentNode,
  achMatrices,
  achMatrix,
  alignment,
  argumentMap,
  type Brokerage,
  brokerage,
  type CaseFilter,
  contestedClaims,
  type Inclusivity,
  inclusivity,
  type MeetingAttendance,
  meetingAttendance,
  type ParallelProcesses,
  type ProcessOverlap,
  type ProcessParticipation,
  parallelProcesses,
  processOverlap,
  processParticipation,
  report,
  reportFormats,
  type TimelineItem,
  timeline,
} from "@parley/analysis";
import {
  type Case,
  isoPartialDateSchema,
  ploverTypeSchema,
  type Result,
  slugSchema,
} from "@parley/core";
import { z } from "zod";
import { networkView } from "../network-view";
import { caseFilterOf, type FilterQuery, filterKey, filterQuery } from "../query-schemas";
import {
  achMatrixSchema,
  alignmentSchema,
  analysisArray,
  analysisObject,
  contestedClaimSchema,
} from "../response-schemas";
import { route } from "../route";

const caseParams = z.object({ case: slugSchema });

/** The attendance analysis with its matrix also given as a list of cells. */
type AttendanceView = MeetingAttendance & {
  cells: {
    actor: string;
    event: string;
    role: MeetingAttendance["matrix"][string][string][number];
  }[];
};

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * An analysis route: the case filter and the analysis' own query in, the analysis as JSON out,
 * computed once per version of the case, filter and query.
 */
function analysis<const Name extends string, Q extends z.ZodRawShape, R>(spec: {
  name: Name;
  summary: string;
  query?: Q;
  response: z.ZodType<R, R>;
  compute(c: Case, filter: CaseFilter, query: z.infer<z.ZodObject<Q>>): R;
}) {
  const query = filterQuery.extend(spec.query ?? ({} as Q));
  return route({
    method: "get",
    path: `/api/cases/{case}/analyses/${spec.name}`,
    tag: "analyses",
    summary: spec.summary,
    params: caseParams,
    query,
    response: spec.response,
    async handle({ params, query: q }, { views }) {
      const filter = caseFilterOf(q as FilterQuery);
      const own: Record<string, unknown> = {};
      for (const name of Object.keys(spec.query ?? {}))
        own[name] = (q as Record<string, unknown>)[name];
      const key = `analysis:${spec.name}:${filterKey(filter)}:${JSON.stringify(own)}`;
      return views.derived(params.case, key, (c) =>
        spec.compute(c, filter, q as unknown as z.infer<z.ZodObject<Q>>),
      );
    },
  });
}

const ratio = z
  .string()
  .regex(/^(0(\.\d+)?|1(\.0+)?)$/, "a number from 0 to 1")
  .transform(Number);

/** The analyses of a case, each under the case filter, and the brief as a report. */
export function analysisRoutes() {
  return [
    analysis({
      name: "network",
      summary:
        "The actor network: nodes with centralities and Louvain bloc, one edge per relation with its sign and firmest hedge, summed ties, blocs, structural balance",
      response: analysisObject<ReturnType<typeof networkView>>(
        "{ nodes, edges, ties, blocs, modularity, balance }",
      ),
      compute: (c, f) => networkView(c, f),
    }),
    analysis({
      name: "attendance",
      summary:
        "Meetings in date order with who was present, invited, declined and left out, the actor-by-meeting matrix of roles, and the same as cells",
      query: { process: slugSchema.optional() },
      response: analysisObject<AttendanceView>(
        "MeetingAttendance & { cells: {actor, event, role}[] }",
      ),
      compute(c, f, q) {
        const a = meetingAttendance(c, f, q.process !== undefined ? { process: q.process } : {});
        const cells = Object.entries(a.matrix).flatMap(([actor, row]) =>
          Object.entries(row).flatMap(([event, roles]) =>
            roles.map((role) => ({ actor, event, role })),
          ),
        );
        return { ...a, cells };
      },
    }),
    analysis({
      name: "contested",
      summary: "Subjects with the claims that assert and deny or contradict them",
      query: { contestedOnly: z.enum(["true", "false"]).optional() },
      response: z.array(contestedClaimSchema),
      compute: (c, f, q) => contestedClaims(c, f, { contestedOnly: q.contestedOnly !== "false" }),
    }),
    analysis({
      name: "arguments",
      summary:
        "The author's judgments as an argument map, each with the claims for and against and a flag",
      response: analysisArray<ArgumentNode>("ArgumentNode"),
      compute: (c, f) => argumentMap(c, f),
    }),
    analysis({
      name: "processes",
      summary:
        "Process participation, overlap between processes, parallel processes and inclusivity",
      response: z.object({
        participation: analysisArray<ProcessParticipation>("ProcessParticipation"),
        overlap: analysisArray<ProcessOverlap>("ProcessOverlap"),
        parallel: analysisArray<ParallelProcesses>("ParallelProcesses"),
        inclusivity: analysisArray<Inclusivity>("Inclusivity"),
      }),
      compute: (c, f) => ({
        participation: processParticipation(c, f),
        overlap: processOverlap(c, f),
        parallel: parallelProcesses(c, f),
        inclusivity: inclusivity(c, f),
      }),
    }),
    analysis({
      name: "alignment",
      summary: "Interest alignment: issue distances between actors and the camps they form",
      query: { agree: ratio.optional(), part: ratio.optional(), campDistance: ratio.optional() },
      response: alignmentSchema,
      compute: (c, f, q) =>
        alignment(c, f, {
          ...(q.agree !== undefined ? { agree: q.agree } : {}),
          ...(q.part !== undefined ? { part: q.part } : {}),
          ...(q.campDistance !== undefined ? { campDistance: q.campDistance } : {}),
        }),
    }),
    analysis({
      name: "timeline",
      summary: "Events, relations and claims in time order",
      query: {
        process: slugSchema.optional(),
        actor: slugSchema.optional(),
        type: ploverTypeSchema.optional(),
      },
      response: analysisArray<TimelineItem>("TimelineItem"),
      compute: (c, f, q) =>
        timeline(c, f, {
          ...(q.process !== undefined ? { process: q.process } : {}),
          ...(q.actor !== undefined ? { actor: q.actor } : {}),
          ...(q.type !== undefined ? { type: q.type } : {}),
        }),
    }),
    analysis({
      name: "brokers",
      summary:
        "Who stands on the paths between two actors or blocs (`a`, `b`: an actor id, a bloc label or a Louvain bloc id)",
      query: { a: z.string().min(1), b: z.string().min(1) },
      response: analysisObject<Brokerage>("Brokerage"),
      compute: (c, f, q) => unwrap(brokerage(c, q.a, q.b, f)),
    }),
    analysis({
      name: "ach",
      summary: "Every competing-hypotheses matrix of the case (Heuer's ACH)",
      response: z.array(achMatrixSchema),
      compute: (c, f) => achMatrices(c, f),
    }),
    route({
      method: "get",
      path: "/api/cases/{case}/analyses/ach/{set}",
      tag: "analyses",
      summary: "One competing-hypotheses matrix",
      params: z.object({ case: slugSchema, set: slugSchema }),
      query: filterQuery,
      response: achMatrixSchema,
      async handle({ params, query }, { views }) {
        const filter = caseFilterOf(query);
        return views.derived(params.case, `analysis:ach:${params.set}:${filterKey(filter)}`, (c) =>
          unwrap(achMatrix(c, params.set, filter)),
        );
      },
    }),
    route({
      method: "get",
      path: "/api/cases/{case}/report",
      tag: "analyses",
      summary: "The brief of the case as Markdown, HTML (escaped, self-contained) or DOCX",
      params: caseParams,
      query: filterQuery.extend({
        format: z.enum(reportFormats).default("md"),
        date: isoPartialDateSchema.optional(),
      }),
      produces: "text/markdown",
      async handle({ params, query }, { views }) {
        const c = await views.case(params.case);
        const body = await report(
          c,
          query.format,
          caseFilterOf(query),
          query.date !== undefined ? { date: query.date } : {},
        );
        const types = {
          md: "text/markdown; charset=utf-8",
          html: "text/html; charset=utf-8",
          docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        } as const;
        const headers: Record<string, string> = { "Content-Type": types[query.format] };
        if (query.format === "docx")
          headers["Content-Disposition"] = `attachment; filename="${params.case}.docx"`;
        return new Response(typeof body === "string" ? body : new Uint8Array(body), {
          status: 200,
          headers,
        });
      },
    }),
  ];
}
