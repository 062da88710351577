import type { MiddlewareHandler } from "hono";

/** Whether a Content-Type is JSON (`application/json`, with parameters, or `application/*+json`). */
export function isJsonMediaType(type: string): boolean {
  return /^\s*application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(type);
}

/**
 * Refuses an API write (any method but GET, HEAD and OPTIONS) whose body is not declared JSON:
 * 415 `unsupported_media_type`. A plain HTML form (urlencoded or multipart) and a `no-cors` fetch
 * (text/plain) cannot send `application/json`, so a page on another site cannot make a change
 * even where a browser sends no Origin. A write without a body and without a Content-Type passes.
 */
export function jsonWritesOnly(): MiddlewareHandler {
  return async (c, next) => {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return next();
    const type = c.req.header("content-type");
    const length = c.req.header("content-length");
    const hasBody =
      c.req.header("transfer-encoding") !== undefined ||
      (length !== undefined && length !== "0") ||
      (length === undefined && c.req.raw.body !== null);
    if (type === undefined ? hasBody : !isJsonMediaType(type)) {
      return c.json(
        {
          code: "unsupported_media_type",
          message: `${method} ${new URL(c.req.url).pathname}: the body is ${type === undefined ? "of no declared type" : `"${type}"`}; expected Content-Type: application/json`,
          path: "",
        },
        415,
      );
    }
    await next();
  };
}
