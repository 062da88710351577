import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";

const events = (text: string) =>
  extractDocument(text).events.map(
    (e) => `${e.type} ${e.participants.map((p) => `${p.actor}:${p.role}`).join(",")}`,
  );

describe("generic agents and titled people", () => {
  it("locates a bare agent by the sentence's place and a side's sector as its own actor", () => {
    expect(events("In Chad, the army attacked rebels near the border.")).toEqual([
      "ASSAULT tcd:source,tcd-rebels:target",
    ]);
    expect(events("Police in Nairobi arrested dozens of opposition supporters.")).toEqual([
      "COERCE ken:source,ken-opposition:target",
    ]);
  });

  it("takes the country from a possessor, a demonym or 'of X', and the paragraph before", () => {
    expect(events("Ethiopia's foreign minister criticised Egypt over the dam.")).toEqual([
      "ACCUSE eth:source,egy:target",
    ]);
    expect(events("Afghan rebels welcomed the talks.")).toEqual(["SUPPORT afg-rebels:source"]);
    expect(events("Sudan held elections. Protesters rejected the result.")).toEqual([
      "REJECT sdn-protesters:source",
    ]);
  });

  it("leaves an agent with no country out, and keeps a named group's fighters its own", () => {
    expect(events("Rebels attacked a convoy.")).toEqual([]);
    expect(events("Houthi forces detained UN staff in Sanaa.")).toEqual([
      "COERCE houthis:source,un:target",
    ]);
  });
});

describe("recipients further on and the fallback", () => {
  it("reaches the recipient past a noun and through an infinitive", () => {
    expect(events("Saudi Arabia promised to send humanitarian aid to Yemen.")).toEqual([
      "AGREE sau:source,yem:target",
    ]);
  });

  it("codes an event noun between two actors when no pattern matches", () => {
    expect(events("Ethiopia saw negotiations with Eritrea in Asmara.")).toEqual([
      "CONSULT eth:source,eri:target",
    ]);
    expect(events("Armenia saw an embargo by Turkey.")).toEqual(["SANCTION arm:source,tur:target"]);
  });
});

describe("sectors, coordination and the recipients of material acts", () => {
  it("reads extremists as a side's radicals and a coordinated agent as its partner's side", () => {
    expect(events("Tunisian police arrested dozens of extremists in Tunis.")).toEqual([
      "COERCE tun:source,tun-radicals:target",
    ]);
    // the tanks are Israeli, not of the place the sentence names
    expect(events("Israeli helicopters and tanks shelled positions near Gaza City.")).toEqual([
      "ASSAULT isr:source,pse:target",
    ]);
  });

  it("takes a place as recipient of a material act, not of a verbal one", () => {
    expect(events("Syrian refugees rioted at a camp in northern Jordan.")).toEqual([
      "PROTEST syr-refugees:source,jor:target",
    ]);
    expect(events("Japan delivered medical supplies to hospitals in Aleppo.")).toEqual([
      "AID jpn:source,syr:target",
    ]);
    expect(events("Qatar agreed to open an office in Kabul.")).toEqual(["AGREE qat:source"]);
  });

  it("blames the agent of an offence and ranks the main verb above what hangs on it", () => {
    expect(events("Kenya condemned killings by Somali militants.")).toEqual([
      "ACCUSE ken:source,som-rebels:target",
    ]);
    const r = extractDocument(
      "Bangladesh rejected an Indian proposal for signing a trade pact with Nepal.",
    ).events;
    expect(r.map((e) => [e.type, e.confidence])).toEqual([
      ["REJECT", 0.85],
      ["AGREE", 0.8],
    ]);
    // without the main verb the same pact is as certain as any
    expect(
      extractDocument("India signed a trade pact with Nepal.").events.map((e) => e.confidence),
    ).toEqual([0.95]);
  });
});
