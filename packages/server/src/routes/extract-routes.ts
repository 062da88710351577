import {
  isoPartialDateSchema,
  makeSpan,
  ParleyError,
  slugSchema,
  spanSchema,
  startOf,
} from "@parley/core";
import {
  caseActorsFromCase,
  type Extraction,
  extractDocument,
  extractionProposals,
  extractionStream,
  mergedExtraction,
} from "@parley/extract";
import { attachTextAsSource } from "@parley/store";
import { z } from "zod";
import { ndjsonProgress } from "../ndjson-progress";
import { type RouteContext, route } from "../route";
import { proposalSchema } from "./proposal-routes";

const extractBody = z
  .object({
    /**
     * The text to read, which becomes the attached text of `sourceId` (a new source when the case
     * has none by that id); without it, the source's attached text is read.
     */
    text: z.string().min(1).max(5_000_000).optional(),
    /** The source the text is: every proposal's evidence points into it. */
    sourceId: slugSchema,
    /** The title of a new source (default its id). */
    sourceTitle: z.string().min(1).max(500).optional(),
    /** The document's date, for relative dates ("on Wednesday"); default the source's date. */
    documentDate: isoPartialDateSchema.optional(),
  })
  .strict();

async function textAndDate(
  ctx: RouteContext,
  caseId: string,
  body: z.infer<typeof extractBody>,
): Promise<{ text: string; date: string | undefined }> {
  // a text given is attached to its source first, so that the evidence spans point into it
  const attached =
    body.text === undefined
      ? undefined
      : await attachTextAsSource(
          ctx.store,
          caseId,
          {
            id: body.sourceId,
            ...(body.sourceTitle === undefined ? {} : { title: body.sourceTitle }),
          },
          body.text,
          { who: ctx.who },
        );
  const c = await ctx.views.case(caseId);
  const source = c.sources.find((s) => s.id === body.sourceId);
  if (!source) {
    throw new ParleyError(
      "not_found",
      `extract: case "${caseId}" has no source "${body.sourceId}"`,
      {
        location: { pointer: "/sourceId" },
      },
    );
  }
  const text = (attached ?? (await ctx.store.sourceText(caseId, body.sourceId))).text;
  const partial = body.documentDate ?? source?.date;
  return { text, date: partial === undefined ? undefined : startOf(partial) };
}

/**
 * A text in pieces of 16,384 characters, yielding to the event loop between them, so that a
 * long extraction reports progress and other requests are served meanwhile.
 */
async function* chunksOf(text: string): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += 16_384) {
    yield text.slice(at, at + 16_384);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Extraction into the review queue, and a claim form filled from a selected span. */
export function extractRoutes() {
  return [
    route({
      method: "post",
      path: "/api/cases/{case}/extract",
      tag: "extraction",
      summary:
        "Reads a text (or a source's attached text) and queues what it finds (events, relations, new actors) for review",
      params: z.object({ case: slugSchema }),
      body: extractBody,
      streams: true,
      status: 201,
      response: z.object({
        proposals: z.array(proposalSchema),
        counts: z.object({
          sentences: z.number().int(),
          actors: z.number().int(),
          events: z.number().int(),
          relations: z.number().int(),
        }),
      }),
      async handle({ params, body }, ctx) {
        const run = async (
          progress: (e: { done: number; total: number; stage: string }) => void,
        ) => {
          const c = await ctx.views.case(params.case);
          const { text, date } = await textAndDate(ctx, params.case, body);
          progress({ done: 0, total: text.length, stage: "reading the text" });
          const parts: Extraction[] = [];
          for await (const part of extractionStream(chunksOf(text), {
            caseActors: caseActorsFromCase(c),
            totalBytes: text.length,
            ...(date !== undefined ? { documentDate: date } : {}),
            onProgress: (p) =>
              progress({ done: p.bytes, total: text.length, stage: "reading the text" }),
          })) {
            parts.push(part);
          }
          const extraction = mergedExtraction(parts);
          const proposed = extractionProposals(text, extraction, {
            sourceId: body.sourceId,
            caseId: params.case,
            knownActors: new Set(c.actors.map((a) => a.id)),
          });
          // The same text read twice queues nothing twice.
          const key = (kind: string, payload: unknown, evidence: unknown) =>
            JSON.stringify([kind, payload, evidence]);
          const queued = new Set(
            (await ctx.store.listProposals({ caseId: params.case, status: "pending" })).map((p) =>
              key(p.kind, p.payload, p.evidence),
            ),
          );
          const proposals = await ctx.store.addProposals(
            params.case,
            proposed
              .filter((p) => !queued.has(key(p.kind, p.payload, p.evidence)))
              .map((p) => ({
                kind: p.kind,
                payload: p.payload,
                evidence: p.evidence,
                confidence: p.confidence,
              })),
          );
          return {
            proposals,
            counts: {
              sentences: extraction.sentences.length,
              actors: extraction.actors.length,
              events: extraction.events.length,
              relations: extraction.relations.length,
            },
          };
        };
        if (ctx.wantsStream) return ndjsonProgress(run);
        return new Response(JSON.stringify(await run(() => {})), {
          status: 201,
          headers: { "Content-Type": "application/json" },
        });
      },
    }),
    route({
      method: "post",
      path: "/api/cases/{case}/code-span",
      tag: "extraction",
      summary:
        "A claim form filled from a span of a source's attached text: the actors found in it, the date, a proposed event type and mode, and roles",
      params: z.object({ case: slugSchema }),
      body: z
        .object({
          source: slugSchema,
          start: z.number().int().nonnegative(),
          end: z.number().int().positive(),
        })
        .strict()
        .refine((b) => b.end > b.start, { message: "end must be after start", path: ["end"] }),
      response: z.object({
        span: spanSchema,
        actors: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            known: z.boolean(),
            mentions: z.array(z.object({ start: z.number(), end: z.number(), text: z.string() })),
          }),
        ),
        date: z
          .object({
            text: z.string(),
            start: z.string().nullable(),
            end: z.string().nullable(),
            precision: z.string(),
          })
          .nullable(),
        type: z.string().nullable(),
        mode: z.string().nullable(),
        hedge: z.string().nullable(),
        stance: z.string().nullable(),
        roles: z.array(z.object({ actor: z.string(), role: z.string() })),
      }),
      async handle({ params, body }, ctx) {
        const c = await ctx.views.case(params.case);
        const source = c.sources.find((s) => s.id === body.source);
        if (!source) {
          throw new ParleyError(
            "not_found",
            `code span: case "${params.case}" has no source "${body.source}"`,
            {
              location: { pointer: "/source" },
            },
          );
        }
        const { text } = await ctx.store.sourceText(params.case, body.source);
        if (body.end > text.length) {
          throw new ParleyError(
            "invalid_span",
            `code span: end ${body.end} is past the end of the text of "${body.source}" (${text.length} characters)`,
            { location: { pointer: "/end" } },
          );
        }
        const slice = text.slice(body.start, body.end);
        const extraction = extractDocument(slice, {
          caseActors: caseActorsFromCase(c),
          ...(source.date !== undefined ? { documentDate: startOf(source.date) } : {}),
        });
        const known = new Set(c.actors.map((a) => a.id));
        const event = extraction.events[0];
        return {
          span: makeSpan(text, body.start, body.end),
          actors: extraction.actors.map((a) => ({
            id: a.id,
            name: a.name,
            known: known.has(a.id),
            mentions: a.mentions.map((m) => ({
              start: m.start + body.start,
              end: m.end + body.start,
              text: m.text,
            })),
          })),
          date: event?.date ?? null,
          type: event?.type ?? null,
          mode: event?.mode ?? null,
          hedge: event?.certainty ?? null,
          stance: event?.stance ?? null,
          roles: event?.participants ?? [],
        };
      },
    }),
  ];
}
