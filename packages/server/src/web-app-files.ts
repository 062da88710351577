import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { Context } from "hono";

const mediaTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web app from `root`: a file when the path names one, else `index.html` for
 * the app's own routes (paths without an extension), so that a shared view URL opens the app.
 * Paths that try to leave `root` are answered 404. Hashed assets are cached for a year.
 */
export function webAppFiles(root: string) {
  const base = resolve(root);
  return async (c: Context): Promise<Response> => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text("Not found", 404);
    }
    const target = resolve(join(base, path));
    const inside = target === base || target.startsWith(base + sep);
    if (!inside || path.includes("\0")) return c.text("Not found", 404);
    let file = target;
    if (!(await isFile(file))) {
      if (extname(path) !== "") return c.text("Not found", 404);
      file = join(base, "index.html");
      if (!(await isFile(file))) return c.text("Not found", 404);
    }
    const body = await readFile(file);
    const type = mediaTypes[extname(file).toLowerCase()] ?? "application/octet-stream";
    const immutable = path.startsWith("/assets/");
    return c.body(body, 200, {
      "Content-Type": type,
      "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
  };
}
