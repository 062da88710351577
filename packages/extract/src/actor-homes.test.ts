import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";

const countries = (text: string) =>
  extractDocument(text).actors.map((a) => [a.id, a.country ?? null]);

describe("the country of a proposed new actor", () => {
  it("takes a possessor or demonym before the name, past a title", () => {
    // "Petro" here is a first name, not Colombia's president Gustavo Petro
    expect(countries("Ukraine's envoy Petro Kovalenko met Hungarian officials.")).toEqual([
      ["ukr", "UKR"],
      ["petro-kovalenko", "UKR"],
      ["hun", "HUN"],
    ]);
  });

  it("takes a state after 'in' or 'of' before it takes the sentence's one state", () => {
    expect(
      countries("Chad accused the Sahel Liberation Front in Niger of cross-border raids."),
    ).toEqual([
      ["tcd", "TCD"],
      ["sahel-liberation-front", "NER"],
      ["ner", "NER"],
    ]);
    expect(countries("The Bolivian government banned the Andean Workers Movement.")).toEqual([
      ["bol", "BOL"],
      ["andean-workers-movement", "BOL"],
    ]);
  });

  it("gives none when the sentence names several states", () => {
    expect(countries("Brazil and Peru criticised the Andean Workers Movement.")).toEqual([
      ["bra", "BRA"],
      ["per", "PER"],
      ["andean-workers-movement", null],
    ]);
  });

  it("gives known actors their gazetteer code and organisations IGO", () => {
    expect(countries("The UN said al-Qaeda fighters attacked Yemen.")).toEqual([
      ["un", "IGO"],
      ["al-qaeda", null],
      ["yem", "YEM"],
    ]);
    expect(
      countries("Hamas, Islamic Jihad and Fatah rejected the European Community's plan."),
    ).toEqual([
      ["hamas", "PSE"],
      ["islamic-jihad", "PSE"],
      ["fatah", "PSE"],
      ["european-community", "IGO"],
    ]);
  });
});
