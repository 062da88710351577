import { readFileSync } from "node:fs";
import { filterCase } from "@parley/analysis";
import type { Case } from "@parley/core";
import { describe, expect, test } from "vitest";
import { afghanistanCase, startWorkbench } from "./workbench-server";
import { workbenchSuite } from "./workbench-suite";

let afghanistan: Case;

const wb = workbenchSuite("the analyst's views in Chromium", () => {
  afghanistan = afghanistanCase();
  return startWorkbench([afghanistan]);
});
const { open, shot } = wb;

describe.skipIf(!wb.present)("the analyst's views in Chromium", () => {
  test("network: the four Russia-Taliban ties are listed apart, Russia is labelled, hedges govern the table", async () => {
    const page = await wb.openPage("#/network?case=afghanistan", { width: 1440, height: 900 });
    const sigma = page.getByTestId("sigma");
    await expect
      .poll(() => sigma.getAttribute("data-labelled"), { timeout: 30_000 })
      .toContain("Russia");
    await page.waitForTimeout(800);
    await shot(page, "views-network-1440");
    await page.locator("details.tie-table summary").click();
    const rows = page
      .locator("details.tie-table tbody tr", { hasText: "Taliban" })
      .filter({ hasText: "Russia" });
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
    // Drawn as four distinct curves; the three alleged or speculated ones dashed.
    const drawn = await rows.evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute("data-curvature"), tr.getAttribute("data-line")]),
    );
    expect(drawn.map(([c]) => Number(c)).sort((a, b) => a - b)).toEqual([
      -0.6,
      -0.6 + 1.2 / 3,
      -0.6 + 2.4 / 3,
      0.6,
    ]);
    expect(drawn.map(([, l]) => l).sort()).toEqual([
      "curved",
      "dashedCurved",
      "dashedCurved",
      "dashedCurved",
    ]);
    await page.getByLabel("alleged and speculated ties").uncheck();
    await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  test("export menu: the brief downloads as Word and HTML with their file headers", async () => {
    const page = await wb.openPage("#/overview?case=afghanistan");
    await page.locator(".export-menu summary").click();
    const [docx] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Brief (Word)" }).click(),
    ]);
    expect(docx.suggestedFilename()).toBe("afghanistan-brief.docx");
    const docxBytes = readFileSync((await docx.path()) as string);
    // A DOCX is a ZIP archive: local file header "PK\x03\x04".
    expect([...docxBytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const [html] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Brief (HTML)" }).click(),
    ]);
    expect(html.suggestedFilename()).toBe("afghanistan-brief.html");
    expect(readFileSync((await html.path()) as string, "utf8").slice(0, 15)).toBe(
      "<!doctype html>",
    );
    const [gexf] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Network (GEXF, Gephi)" }).click(),
    ]);
    expect(gexf.suggestedFilename()).toBe("afghanistan-network.gexf");
    expect(readFileSync((await gexf.path()) as string, "utf8")).toContain("<gexf");
    await page.close();
  });

  test("typed years move the sliders and filter the counts and the tie table", async () => {
    const page = await wb.openPage("#/network?case=afghanistan", { width: 1440, height: 900 });
    const from = page.getByTestId("time-from-date");
    await from.fill("2018");
    await from.press("Enter");
    const to = page.getByTestId("time-to-date");
    await to.fill("2018");
    await to.press("Enter");
    await page.waitForFunction(
      () => location.hash.includes("from=2018-01") && location.hash.includes("to=2018-12"),
    );
    expect(await page.getByTestId("time-from").inputValue()).toBe(String(2018 * 12));
    expect(await page.getByTestId("time-to").inputValue()).toBe(String(2018 * 12 + 11));
    const expected = filterCase(afghanistan, { window: { from: "2018-01", to: "2018-12" } });
    await page.locator("details.tie-table summary").click();
    await expect
      .poll(() => page.locator("details.tie-table tbody tr").count(), { timeout: 15_000 })
      .toBe(expected.relations.length);
    // And back: the slider moves the typed date.
    await page.getByTestId("time-from").fill(String(2017 * 12 + 5));
    await page.waitForFunction(() => location.hash.includes("from=2017-06"));
    expect(await page.getByTestId("time-from-date").inputValue()).toBe("2017-06");
    await shot(page, "views-network-2018-1440");
    await page.close();
  });

  test("timeline: every lane is in view at 1440x900, framed on the busy years", async () => {
    const page = await wb.openPage("#/timeline?case=afghanistan", { width: 1440, height: 900 });
    const lanes = page.locator(".vis-labelset .vis-label");
    await expect
      .poll(() => lanes.count(), { timeout: 15_000 })
      .toBe(afghanistan.processes.length + 1);
    await page.waitForTimeout(500);
    for (let i = 0; i < (await lanes.count()); i++) {
      const box = await lanes.nth(i).boundingBox();
      expect(box, `lane ${i}`).not.toBeNull();
      expect((box?.y ?? 900) + (box?.height ?? 0), `lane ${i} bottom`).toBeLessThanOrEqual(900);
    }
    // The two 2001 events lie outside the default frame, which opens on the years after 2015.
    const axis = await page.locator(".vis-time-axis .vis-text").allTextContents();
    expect(axis.some((y) => /^(2001|2005|2010)$/.test(y.trim()))).toBe(false);
    expect(axis.some((y) => y.trim() === "2018")).toBe(true);
    expect(await page.getByTestId("timeline-all").textContent()).toBe(
      "Show all events (2 earlier or later not in view)",
    );
    await shot(page, "views-timeline-1440");
    await page.close();
  });

  test("timeline: at 1024x768 every label in the frame ends inside the drawing", async () => {
    const page = await wb.openPage("#/timeline?case=afghanistan", { width: 1024, height: 768 });
    const items = page.locator(".vis-panel.vis-center .vis-item");
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(20);
    await page.waitForTimeout(500);
    const labels = () =>
      page.evaluate(() => {
        const panel = document.querySelector(".vis-panel.vis-center")?.getBoundingClientRect();
        if (!panel) return { shown: [] as string[], cut: ["no panel"] };
        const shown = [...document.querySelectorAll(".vis-panel.vis-center .vis-item-content")]
          .map((c) => ({ text: c.textContent ?? "", box: c.getBoundingClientRect() }))
          .filter(({ box }) => box.width > 0 && box.left < panel.right && box.right > panel.left);
        return {
          shown: shown.map(({ text }) => text),
          cut: shown
            .filter(({ box }) => box.right > panel.right + 1)
            .map(
              ({ text, box }) =>
                `${text} ends at ${Math.round(box.right)} > ${Math.round(panel.right)}`,
            ),
        };
      });
    // Once the latest meeting of the Moscow lane is drawn, no label runs out of the frame.
    await expect
      .poll(async () => (await labels()).shown.includes("Intra-Afghan meeting in Moscow"), {
        timeout: 15_000,
      })
      .toBe(true);
    await page.waitForTimeout(300);
    expect((await labels()).cut).toEqual([]);
    await shot(page, "views-timeline-labels-1024");
    await page.close();
  });

  test("attendance: a meeting without coded participants has its column and the none-coded row", async () => {
    const page = await wb.openPage("#/attendance?case=afghanistan", { width: 1440, height: 900 });
    const meetings = afghanistan.events.filter((e) => e.type === "CONSULT");
    await expect
      .poll(() => page.locator("[data-testid=attendance-matrix] .col-head").count(), {
        timeout: 15_000,
      })
      .toBe(meetings.length);
    const none = afghanistan.events
      .filter((e) => e.type === "CONSULT" && e.participants.length === 0)
      .map((e) => e.id)
      .sort();
    expect(none).toEqual(["jakarta-2018", "mecca-2018", "tashkent-2018"]);
    const marked = await page
      .locator("[data-testid=none-coded] [data-event]")
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-event")).sort());
    expect(marked).toEqual(none);
    // The matrix uses the page's width: wider than 60% of the main column.
    const main = await page.locator("main").boundingBox();
    const matrix = await page.getByTestId("attendance-matrix").boundingBox();
    expect((matrix?.width ?? 0) / (main?.width ?? 1)).toBeGreaterThan(0.6);
    await shot(page, "views-attendance-1440");
    await page.close();
  });

  test("history: an edit shows who made it and the field before and after", async () => {
    const page = await wb.openPage("#/edit/events/kabul-process-2017-06?case=afghanistan", {
      width: 1440,
      height: 900,
    });
    await page.getByTestId("analyst-name").fill("Ana Lyst");
    await expect.poll(() => page.locator("form.editor").count(), { timeout: 15_000 }).toBe(1);
    const before = afghanistan.events.find((e) => e.id === "kabul-process-2017-06")?.outcome;
    await page.getByLabel("Outcome").fill("a roadmap offered (history test)");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator("[data-testid=edit-message]").textContent(), { timeout: 15_000 })
      .toMatch(/^Saved \(revision \d+\)\.$/);
    await page.locator("nav a", { hasText: "History" }).click();
    const first = page.locator("main table tbody tr").first();
    await expect
      .poll(() => first.locator("[data-testid=history-who]").textContent(), { timeout: 15_000 })
      .toBe("Ana Lyst");
    expect(await first.locator("[data-testid=history-changes] li").allTextContents()).toEqual([
      `outcome: ${before ?? "—"} → a roadmap offered (history test)`,
    ]);
    await shot(page, "views-history-1440");
    // Undo takes the edit back: the stored outcome is the one before it (none).
    expect(
      (await wb.server.store.getEntity("afghanistan", "event", "kabul-process-2017-06")).value
        .outcome,
    ).toBe("a roadmap offered (history test)");
    await first.getByRole("button", { name: "Undo" }).click();
    await expect
      .poll(async () => {
        const e = await wb.server.store.getEntity("afghanistan", "event", "kabul-process-2017-06");
        return e.value.outcome;
      })
      .toBe(before);
    await page.close();
  });

  test("review queue: an extracted meeting's card shows its date and place", async () => {
    const page = await wb.openPage("#/sources?case=afghanistan", { width: 1440, height: 900 });
    await page
      .locator("#source-text-input")
      .fill("In 2019, Russia hosted a meeting in Moscow. China attended the meeting.");
    await page.getByLabel("Title of the new source").fill("Wire report on a Moscow meeting");
    await page.getByRole("button", { name: "Run extraction" }).click();
    const meeting = page.locator("li.proposal", { hasText: "CONSULT" });
    await expect.poll(() => meeting.count(), { timeout: 15_000 }).toBe(1);
    expect(await meeting.getByTestId("proposal-when-where").textContent()).toBe(
      "Date: 2019 · Place: Moscow",
    );
    await shot(page, "views-review-1440");
    // Rejecting it takes it off the queue, records the decision and adds nothing to the case.
    const events = (await wb.server.store.exportCase("afghanistan")).events.length;
    await meeting.getByRole("button", { name: "Reject" }).click();
    await expect.poll(() => meeting.count(), { timeout: 15_000 }).toBe(0);
    const decided = await wb.server.store.listProposals({ caseId: "afghanistan" });
    expect(
      decided.filter((p) => p.kind === "event" && p.status === "rejected").map((p) => p.status),
    ).toEqual(["rejected"]);
    expect((await wb.server.store.exportCase("afghanistan")).events.length).toBe(events);
    await page.close();
  });

  test("every page at 1440x900 and 1024x768, with a screenshot of each", async () => {
    const page = await wb.browser.newPage();
    const pages: Array<[string, string]> = [
      ["overview", "#/overview?case=afghanistan"],
      ["network", "#/network?case=afghanistan"],
      ["timeline", "#/timeline?case=afghanistan"],
      ["attendance", "#/attendance?case=afghanistan"],
      ["actors", "#/actor?case=afghanistan"],
      ["actor-russia", "#/actor/russia?case=afghanistan"],
      ["contested", "#/contested?case=afghanistan"],
      ["hypotheses", "#/ach?case=afghanistan"],
      ["arguments", "#/arguments?case=afghanistan"],
      ["alignment", "#/alignment?case=afghanistan"],
      ["forecast", "#/forecast?case=afghanistan"],
      ["sources", "#/sources?case=afghanistan"],
      ["edit", "#/edit?case=afghanistan"],
      ["edit-event", "#/edit/events/moscow-2018-11-09?case=afghanistan"],
      ["history", "#/history?case=afghanistan"],
      ["presentation", "#/present?case=afghanistan"],
    ];
    for (const [width, height] of [
      [1440, 900],
      [1024, 768],
    ] as const) {
      await page.setViewportSize({ width, height });
      for (const [name, hash] of pages) {
        await open(page, hash);
        await expect
          .poll(() => page.locator("main h2").count(), { timeout: 15_000 })
          .toBeGreaterThan(0);
        await page.waitForTimeout(name === "network" || name === "timeline" ? 1200 : 300);
        // Nothing spills out of the page sideways.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        await shot(page, `views-${name}-${width}`);
        const wide = await page.evaluate(() =>
          [...document.querySelectorAll("body *")]
            .filter(
              (e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
            )
            .slice(0, 5)
            .map(
              (e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`,
            ),
        );
        expect(overflow, `${name} at ${width}: ${wide.join("; ")}`).toBeLessThanOrEqual(0);
      }
    }
    await page.close();
  });
});
