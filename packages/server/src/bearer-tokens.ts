import { createHash, timingSafeEqual } from "node:crypto";
import { ParleyError } from "@parley/core";
import type { AccessRole } from "./route";

/** The tokens a server accepts: an editor's (read and write) and a reader's (read only). */
export interface AccessTokens {
  editor?: string;
  reader?: string;
}

// Compare digests so that the comparison takes the same time whatever the lengths.
function sameToken(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The role an `Authorization` header grants, after RFC 6750: no tokens configured means every
 * caller is an editor (loopback use); a missing or unknown bearer token is `unauthorized` (401);
 * a reader's token on a write is `forbidden` (403).
 */
export function accessRoleOf(
  authorization: string | undefined,
  tokens: AccessTokens | undefined,
  write: boolean,
): AccessRole {
  const editor = tokens?.editor;
  const reader = tokens?.reader;
  if (!editor && !reader) return "editor";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) {
    throw new ParleyError(
      "unauthorized",
      "Authorizing the request: expected an `Authorization: Bearer <token>` header",
    );
  }
  const token = match[1];
  if (editor && sameToken(token, editor)) return "editor";
  if (reader && sameToken(token, reader)) {
    if (write) {
      throw new ParleyError(
        "forbidden",
        "Authorizing the request: the reader's token may only read; this change needs the editor's token",
      );
    }
    return "reader";
  }
  throw new ParleyError("unauthorized", "Authorizing the request: the bearer token is not known");
}
