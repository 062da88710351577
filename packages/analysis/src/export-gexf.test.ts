import { DOMParser } from "linkedom";
import { describe, expect, it } from "vitest";
import { gexf } from "./export-gexf";
import { graphml } from "./export-graphml";
import { exchangeCase } from "./fixtures/exchange-case";

function parseXml(text: string) {
  return new DOMParser().parseFromString(text, "text/xml");
}

describe("gexf", () => {
  const text = gexf(exchangeCase(), { date: "2024-01-02" });
  const doc = parseXml(text);

  it("declares GEXF 1.2 with a directed dynamic graph in dates", () => {
    expect(text.split("\n").slice(0, 8)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
      '  <meta lastmodifieddate="2024-01-02">',
      "    <creator>Parley</creator>",
      "    <description>Exchange fixture</description>",
      "  </meta>",
      '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
      '    <attributes class="node" mode="static">',
    ]);
  });

  it("writes actors as nodes with attributes and spells from their valid time", () => {
    const nodes = [...doc.querySelectorAll("node")];
    expect(nodes.map((n) => [n.getAttribute("id"), n.getAttribute("label")])).toEqual([
      ["russia", "Russia"],
      ["taliban", "Taliban"],
      ["afghan-government", "Afghan government"],
      ["afghanistan", "Afghanistan"],
    ]);
    const russia = nodes[0];
    expect(
      [...(russia?.querySelectorAll("attvalue") ?? [])].map(
        (v) => `${v.getAttribute("for")}=${v.getAttribute("value")}`,
      ),
    ).toEqual(["kind=state", "bloc=eurasian", "iso3=RUS", "wikidata=Q159", "valid=since 1991"]);
    expect(
      [...(russia?.querySelectorAll("spell") ?? [])].map((s) => [
        s.getAttribute("start"),
        s.getAttribute("end"),
      ]),
    ).toEqual([["1991-01-01", null]]);
  });

  it("writes relations and co-participation ties as directed edges, symmetric ones both ways", () => {
    const edges = [...doc.querySelectorAll("edge")].map((e) => [
      e.getAttribute("id"),
      `${e.getAttribute("source")}>${e.getAttribute("target")}`,
      e.getAttribute("type"),
      e.getAttribute("weight"),
      e.querySelector('attvalue[for="mutual"]')?.getAttribute("value"),
      [...e.querySelectorAll("spell")].map(
        (s) => `${s.getAttribute("start")}..${s.getAttribute("end")}`,
      ),
    ]);
    const copart = ["2018-11-09..2018-11-09", "2019-02-01..2019-02-28"];
    expect(edges).toEqual([
      [
        "relation:russia-contacts-taliban",
        "russia>taliban",
        null,
        "0.5",
        "true",
        ["2007-01-01..null"],
      ],
      [
        "relation:russia-contacts-taliban:reverse",
        "taliban>russia",
        null,
        "0.5",
        "true",
        ["2007-01-01..null"],
      ],
      [
        "relation:russia-supports-afghan-government",
        "russia>afghan-government",
        null,
        "1",
        "false",
        [],
      ],
      [
        "relation:taliban-opposes-afghan-government",
        "taliban>afghan-government",
        null,
        "1",
        "false",
        ["2015-01-01..2018-12-31"],
      ],
      ["co:russia:taliban", "russia>taliban", null, "2", "true", copart],
      ["co:taliban:russia", "taliban>russia", null, "2", "true", copart],
    ]);
    expect(doc.querySelector("edges")?.getAttribute("count")).toBe("6");
  });

  it("escapes markup and quotes in labels and values", () => {
    const c = exchangeCase();
    const evil = {
      ...c,
      actors: c.actors.map((a) => (a.id === "taliban" ? { ...a, name: 'T<script>"&' } : a)),
    };
    const out = gexf(evil, { date: "2024-01-02" });
    expect(out).toContain('label="T&lt;script&gt;&quot;&amp;"');
    expect(out).not.toContain("<script>");
  });
});

describe("graphml", () => {
  it("writes keys, nodes and directed edges, symmetric ones both ways", () => {
    const doc = parseXml(graphml(exchangeCase()));
    expect([...doc.querySelectorAll("key")].length).toBe(18);
    expect(doc.querySelector("graph")?.getAttribute("edgedefault")).toBe("directed");
    expect(
      [...doc.querySelectorAll("edge")].map((e) => [
        e.getAttribute("id"),
        `${e.getAttribute("source")}>${e.getAttribute("target")}`,
        e.getAttribute("directed"),
        e.querySelector('data[key="mutual"]')?.textContent,
      ]),
    ).toEqual([
      ["relation:russia-contacts-taliban", "russia>taliban", null, "true"],
      ["relation:russia-contacts-taliban:reverse", "taliban>russia", null, "true"],
      ["relation:russia-supports-afghan-government", "russia>afghan-government", null, "false"],
      ["relation:taliban-opposes-afghan-government", "taliban>afghan-government", null, "false"],
      ["co:russia:taliban", "russia>taliban", null, "true"],
      ["co:taliban:russia", "taliban>russia", null, "true"],
    ]);
    const desc = [...doc.querySelectorAll("node")][0]?.querySelector(
      'data[key="name"]',
    )?.textContent;
    expect(desc).toBe("Russia");
  });
});
