import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Case } from "@parley/core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BrowserSession, openBrowser } from "./browser-session";
import {
  afghanistanCase,
  buildWebApp,
  startWorkbench,
  type WorkbenchServer,
} from "./workbench-server";

const screenshots = fileURLToPath(new URL("../../../../test-output/screenshots/", import.meta.url));

let server: WorkbenchServer;
let browser: BrowserSession;
let afghanistan: Case;

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector("main .page", { timeout: 20_000 });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  if (!process.env.PARLEY_WEB_PREBUILT) await buildWebApp();
  afghanistan = afghanistanCase();
  server = await startWorkbench([afghanistan]);
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the analyst's views in Chromium", () => {
  test("network: the four Russia-Taliban ties are listed apart, Russia is labelled, hedges govern the table", async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, "#/network?case=afghanistan");
    const sigma = page.getByTestId("sigma");
    await expect
      .poll(() => sigma.getAttribute("data-labelled"), { timeout: 15_000 })
      .toContain("Russia");
    await page.waitForTimeout(800);
    await shot(page, "views-network-1440");
    await page.locator("details.tie-table summary").click();
    const rows = page
      .locator("details.tie-table tbody tr", { hasText: "Taliban" })
      .filter({ hasText: "Russia" });
    await expect.poll(() => rows.count()).toBe(4);
    await page.getByLabel("alleged and speculated ties").uncheck();
    await expect.poll(() => rows.count()).toBe(1);
    await page.close();
  });
});
