import { addSources } from "@parley/app";
import { slugSchema, sourceSchema, sourcesFromCsl } from "@parley/core";
import { attachTextAsSource } from "@parley/store";
import { z } from "zod";
import { pageQuery } from "../query-schemas";
import { route } from "../route";

const sourceParams = z.object({ case: slugSchema, id: slugSchema });
const textSchema = z.object({
  source: z.string(),
  sha256: z.string(),
  length: z.number().int(),
  text: z.string(),
});

/** Attached source texts, full-text search over them, and sources from CSL-JSON. */
export function sourceRoutes() {
  return [
    route({
      method: "post",
      path: "/api/cases/{case}/sources/csl",
      tag: "sources",
      summary:
        "Adds sources from CSL-JSON (as exported by Zotero); sources whose id the case has are left as they are",
      params: z.object({ case: slugSchema }),
      body: z.array(z.record(z.string(), z.unknown())).min(1).max(10_000),
      status: 201,
      response: z.object({ sources: z.array(sourceSchema), existing: z.array(z.string()) }),
      async handle({ params, body }, { store, views, who }) {
        const read = sourcesFromCsl(body);
        // The error's first problem carries the JSON pointer into the body.
        if (!read.ok) throw read.error;
        const { added, existing } = await addSources(store, params.case, read.value, { who });
        views.invalidate(params.case);
        return new Response(JSON.stringify({ sources: added, existing }), {
          status: 201,
          headers: { "Content-Type": "application/json" },
        });
      },
    }),
    route({
      method: "get",
      path: "/api/cases/{case}/texts",
      tag: "sources",
      summary:
        "Which sources have an attached text (source, SHA-256, length; not the text), so that a client asks only for texts that exist",
      params: z.object({ case: slugSchema }),
      response: z.object({
        items: z.array(
          z.object({ source: z.string(), sha256: z.string(), length: z.number().int() }),
        ),
      }),
      async handle({ params }, { store, views }) {
        await views.case(params.case);
        return { items: await store.sourceTexts(params.case) };
      },
    }),
    route({
      method: "get",
      path: "/api/cases/{case}/sources/{id}/text",
      tag: "sources",
      summary:
        "The attached text of a source (untrusted: render as text only); 404 when none is attached",
      params: sourceParams,
      response: textSchema,
      async handle({ params }, { store }) {
        return store.sourceText(params.case, params.id);
      },
    }),
    route({
      method: "put",
      path: "/api/cases/{case}/sources/{id}/text",
      tag: "sources",
      summary:
        "Attaches a source's text; when the source has a fingerprint the text's SHA-256 must match it (else 409 fingerprint_mismatch), else the source takes the text's fingerprint",
      params: sourceParams,
      body: z.object({ text: z.string().min(1) }).strict(),
      response: z.object({ source: z.string(), sha256: z.string(), length: z.number().int() }),
      async handle({ params, body }, { store, who }) {
        // only a source the case has (404 otherwise); one without a fingerprint takes the text's,
        // so that spans into it can be checked. The kept case sees the write by its version.
        const t = await attachTextAsSource(store, params.case, { id: params.id }, body.text, {
          who,
          create: false,
        });
        return { source: t.source, sha256: t.sha256, length: t.length };
      },
    }),
    route({
      method: "get",
      path: "/api/cases/{case}/search",
      tag: "sources",
      summary:
        "Full-text search (words, \"phrases\", OR, -word) over the attached texts, then over claims' quotes (of sources without an attached text), notes and evidence notes; a claim's hit names the claim and the field",
      params: z.object({ case: slugSchema }),
      query: pageQuery.extend({ q: z.string().min(1).max(500) }),
      response: z.object({
        items: z.array(
          z.object({
            source: z.string(),
            start: z.number().int(),
            end: z.number().int(),
            snippet: z.string(),
            claim: z.string().optional(),
            field: z.enum(["quote", "note", "evidence note"]).optional(),
          }),
        ),
        limit: z.number().int(),
        offset: z.number().int(),
        more: z.boolean().describe("whether a further page has hits"),
      }),
      async handle({ params, query }, { store, views }) {
        await views.case(params.case);
        const hits = await store.search(params.case, query.q, {
          limit: query.limit + 1,
          offset: query.offset,
        });
        return {
          items: hits.slice(0, query.limit),
          limit: query.limit,
          offset: query.offset,
          more: hits.length > query.limit,
        };
      },
    }),
  ];
}
