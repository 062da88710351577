import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium } from "./browser-session";

let dir: string;

/** Writes an executable (or, with mode 0o644, a plain) file at `path`. */
function file(path: string, mode = 0o755): string {
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, "#!/bin/sh\n");
  chmodSync(path, mode);
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "parley-find-chromium-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("findChromium", () => {
  it("takes PARLEY_CHROMIUM first, and says so when it is not executable", () => {
    const mine = file(join(dir, "named", "my-chrome"));
    const onPath = file(join(dir, "bin1", "chromium"));
    expect(findChromium({ PARLEY_CHROMIUM: mine, PATH: join(onPath, "..") })).toEqual({
      path: mine,
    });
    const plain = file(join(dir, "named", "not-executable"), 0o644);
    const r = findChromium({ PARLEY_CHROMIUM: plain, PATH: "" });
    expect(r.path).toBeUndefined();
    expect("reason" in r && r.reason).toBe(
      `PARLEY_CHROMIUM=${plain} is not an executable file; install Chromium (apt-get install chromium) or set PARLEY_CHROMIUM to a Chromium or Chrome executable`,
    );
  });

  it("then searches PATH for chromium, chromium-browser and google-chrome in that order", () => {
    const chrome = file(join(dir, "bin2", "google-chrome"));
    const browser = file(join(dir, "bin3", "chromium-browser"));
    const home = join(dir, "empty-home");
    const env = { PATH: [join(chrome, ".."), join(browser, "..")].join(":"), HOME: home };
    expect(findChromium({ ...env, PLAYWRIGHT_BROWSERS_PATH: home })).toEqual({ path: browser });
    expect(findChromium({ PATH: join(chrome, ".."), PLAYWRIGHT_BROWSERS_PATH: home })).toEqual({
      path: chrome,
    });
  });

  it("then takes the newest Chromium in Playwright's cache, else explains how to install one", () => {
    const cache = join(dir, "ms-playwright");
    file(join(cache, "chromium-1100", "chrome-linux", "chrome"));
    const newest = file(join(cache, "chromium-1200", "chrome-linux", "chrome"));
    expect(findChromium({ PATH: join(dir, "nothing"), PLAYWRIGHT_BROWSERS_PATH: cache })).toEqual({
      path: newest,
    });
    const none = findChromium({
      PATH: join(dir, "nothing"),
      PLAYWRIGHT_BROWSERS_PATH: join(dir, "x"),
    });
    expect(none).toEqual({
      path: undefined,
      reason:
        "no Chromium on PATH (chromium, chromium-browser, google-chrome), in PARLEY_CHROMIUM or in Playwright's cache; install Chromium (apt-get install chromium) or set PARLEY_CHROMIUM to a Chromium or Chrome executable",
    });
  });
});
