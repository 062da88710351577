import { z } from "zod";
import type { Route } from "./route";
import { CONTENT_SECURITY_POLICY } from "./security-headers";

type JsonObject = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonObject {
  const s = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonObject;
  delete s.$schema;
  return s;
}

const errorSchema = {
  type: "object",
  required: ["code", "message", "path"],
  properties: {
    code: { type: "string", description: "snake_case error code" },
    message: { type: "string" },
    path: {
      type: "string",
      description: "JSON pointer into the body, or the name of the query or path parameter",
    },
  },
};

function parameters(schema: z.ZodType | undefined, where: "path" | "query"): JsonObject[] {
  if (!schema) return [];
  const s = jsonSchema(schema, "input");
  const properties = (s.properties ?? {}) as Record<string, JsonObject>;
  const required = new Set((s.required ?? []) as string[]);
  return Object.entries(properties).map(([name, p]) => {
    const { description, ...rest } = p;
    const param: JsonObject = {
      name,
      in: where,
      required: where === "path" || required.has(name),
      schema: rest,
    };
    if (description !== undefined) param.description = description;
    return param;
  });
}

function errorResponses(r: Route): JsonObject {
  const out: JsonObject = {};
  const ref = {
    content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  };
  out["400"] = { description: "invalid_input: a body or query value is not valid", ...ref };
  out["401"] = { description: "unauthorized: bearer token missing or unknown", ...ref };
  if (r.method !== "get")
    out["403"] = { description: "forbidden: a reader's token on a write", ...ref };
  if (r.path.includes("{")) out["404"] = { description: "not_found", ...ref };
  if (r.method !== "get")
    out["409"] = { description: "conflict, stale_revision or fingerprint_mismatch", ...ref };
  return out;
}

/**
 * The OpenAPI 3.1 document of the API, written from the route table: paths, parameters and
 * bodies come from each route's zod schemas (`z.toJSONSchema`), so it cannot drift from what
 * the server validates.
 */
export function openApiDocument(routes: readonly Route[], version: string): JsonObject {
  const paths: Record<string, JsonObject> = {};
  for (const r of routes) {
    const op: JsonObject = {
      operationId: `${r.method}${r.path.replace(/[{}]/g, "").replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase())}`,
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
    };
    if (r.body) {
      op.requestBody = {
        required: true,
        content: { "application/json": { schema: jsonSchema(r.body, "input") } },
      };
    }
    const content: JsonObject = {};
    if (r.response) content["application/json"] = { schema: jsonSchema(r.response, "output") };
    if (r.produces) content[r.produces] = { schema: { type: "string" } };
    if (r.streams) {
      content["application/x-ndjson"] = {
        schema: { type: "string" },
        description:
          'Sent when the request has `Accept: application/x-ndjson`: `{"type":"progress","done","total"}` lines, then `{"type":"result","result"}` or `{"type":"error","error"}`',
      };
    }
    op.responses = {
      [String(r.status ?? 200)]: {
        description: r.summary,
        ...(Object.keys(content).length > 0 ? { content } : {}),
      },
      ...errorResponses(r),
    };
    paths[r.path] ??= {};
    (paths[r.path] as JsonObject)[r.method] = op;
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Parley API",
      version,
      description: `JSON API over Parley cases. On loopback no token is needed; on any other address every call needs \`Authorization: Bearer <token>\` (the reader's token may only GET). Every response carries \`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\`.`,
    },
    servers: [{ url: "/" }],
    security: [{ bearer: [] }, {}],
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    },
    paths,
  };
}
