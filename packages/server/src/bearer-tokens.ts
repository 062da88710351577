import { createHash, timingSafeEqual } from "node:crypto";
import { ParleyError } from "@parley/core";
import type { AccessRole } from "./route";

/** One named user of a server: the name the history records for the user's changes, a role, a token. */
export interface TokenUser {
  name: string;
  role: AccessRole;
  token: string;
}

/**
 * The tokens a server accepts: named users (each change recorded under the user's name), and the
 * older pair of one editor's token (read and write) and one reader's (read only).
 */
export interface AccessTokens {
  editor?: string;
  reader?: string;
  users?: readonly TokenUser[];
}

/**
 * Who a request comes from, set by the app on every API request as Hono's context variable `user`
 * (`c.get("user")`): the name of a named token's user; for the unnamed editor and reader tokens
 * and on a server without tokens, the `X-Parley-Analyst` header, else `api`.
 */
export interface RequestUser {
  name: string;
  role: AccessRole;
  /** Whether the name comes from the token (true) or from what the caller says (false). */
  authenticated: boolean;
}

/** The Hono environment of the Parley app: the context variables its middleware sets. */
export interface ParleyEnv {
  Variables: { user: RequestUser };
}

/** A user name as the history shows it: letters, digits, space and `._@:-`, 1 to 80 characters. */
export const userNamePattern = /^[\p{L}\p{N} ._@:-]{1,80}$/u;

// Compare digests so that the comparison takes the same time whatever the lengths.
function sameToken(given: string, expected: string): boolean {
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Whether any token is configured (then every API request needs one). */
export function tokensRequired(tokens: AccessTokens | undefined): boolean {
  return Boolean(tokens?.editor || tokens?.reader || (tokens?.users?.length ?? 0) > 0);
}

/**
 * The user an `Authorization` header names, after RFC 6750: with no tokens configured every
 * caller is an editor named by `claimedName` (loopback use); a missing or unknown bearer token is
 * `unauthorized` (401); a reader's token on a write is `forbidden` (403).
 */
export function requestUserOf(
  authorization: string | undefined,
  tokens: AccessTokens | undefined,
  write: boolean,
  claimedName = "api",
): RequestUser {
  if (!tokensRequired(tokens)) return { name: claimedName, role: "editor", authenticated: false };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!match?.[1]) {
    throw new ParleyError(
      "unauthorized",
      "Authorizing the request: expected an `Authorization: Bearer <token>` header",
    );
  }
  const token = match[1];
  // Check every candidate, so the time taken does not depend on which one matches.
  let found: RequestUser | undefined;
  for (const u of tokens?.users ?? []) {
    if (sameToken(token, u.token) && !found)
      found = { name: u.name, role: u.role, authenticated: true };
  }
  if (tokens?.editor && sameToken(token, tokens.editor) && !found) {
    found = { name: claimedName, role: "editor", authenticated: false };
  }
  if (tokens?.reader && sameToken(token, tokens.reader) && !found) {
    found = { name: claimedName, role: "reader", authenticated: false };
  }
  if (!found) {
    throw new ParleyError("unauthorized", "Authorizing the request: the bearer token is not known");
  }
  if (write && found.role === "reader") {
    throw new ParleyError(
      "forbidden",
      `Authorizing the request: ${found.authenticated ? `"${found.name}" is a reader and` : "the reader's token"} may only read; this change needs an editor's token`,
    );
  }
  return found;
}

/** The role an `Authorization` header grants (see `requestUserOf`). */
export function accessRoleOf(
  authorization: string | undefined,
  tokens: AccessTokens | undefined,
  write: boolean,
): AccessRole {
  return requestUserOf(authorization, tokens, write).role;
}

/**
 * Reads named users from a token file's JSON: an array of `{name, role, token}` with role
 * `editor` or `reader`, distinct names and tokens. Errors name the file and the JSON pointer.
 */
export function parseTokenUsers(text: string, file: string): TokenUser[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new ParleyError(
      "invalid_input",
      `Reading the token file "${file}": not JSON (${(e as Error).message}); expected an array of {"name", "role", "token"}`,
      { location: { file } },
    );
  }
  if (!Array.isArray(data)) {
    throw new ParleyError(
      "invalid_input",
      `Reading the token file "${file}": expected an array of {"name", "role", "token"}`,
      { location: { file, pointer: "" } },
    );
  }
  return data.map((entry, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    return tokenUser(e.name, e.role, e.token, `the token file "${file}" at /${i}`, {
      file,
      pointer: `/${i}`,
    });
  });
}

/** A named user from `name:role:token` (the `--user` option). */
export function parseUserOption(value: string): TokenUser {
  const [name, role, ...rest] = value.split(":");
  return tokenUser(name, role, rest.join(":"), `--user "${value.replace(/:[^:]*$/, ":…")}"`, {});
}

function tokenUser(
  name: unknown,
  role: unknown,
  token: unknown,
  where: string,
  location: { file?: string; pointer?: string },
): TokenUser {
  const fail = (what: string) =>
    new ParleyError(
      "invalid_input",
      `Reading ${where}: ${what}`,
      location.file === undefined ? {} : { location },
    );
  if (typeof name !== "string" || !userNamePattern.test(name)) {
    throw fail(
      `the name ${JSON.stringify(name)} is not a user name; expected 1 to 80 letters, digits, spaces or ._@:-`,
    );
  }
  if (role !== "editor" && role !== "reader") {
    throw fail(`the role ${JSON.stringify(role)} of "${name}" is not editor or reader`);
  }
  if (typeof token !== "string" || token.length < 8 || /\s/.test(token)) {
    throw fail(`the token of "${name}" must be at least 8 characters without spaces`);
  }
  return { name, role, token };
}

/** Checks that users have distinct names and distinct tokens. */
export function checkTokenUsers(users: readonly TokenUser[]): void {
  const names = new Set<string>();
  const tokens = new Set<string>();
  for (const u of users) {
    if (names.has(u.name)) {
      throw new ParleyError("invalid_input", `Reading the users: "${u.name}" is named twice`);
    }
    if (tokens.has(u.token)) {
      throw new ParleyError(
        "invalid_input",
        `Reading the users: "${u.name}" has the token of another user; each user needs their own`,
      );
    }
    names.add(u.name);
    tokens.add(u.token);
  }
}
