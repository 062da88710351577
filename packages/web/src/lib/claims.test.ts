import type { Claim } from "@parley/core";
import { describe, expect, it } from "vitest";
import { certaintyOf } from "./claims";

const claim = (over: Partial<Claim>): Claim => ({
  id: "c",
  subject: "relation:r",
  note: "n",
  asserter: "author",
  stance: "asserts",
  hedge: "reported",
  links: [],
  ...over,
});

describe("certaintyOf", () => {
  it("takes the most certain hedge of the claims that hold a record up", () => {
    expect(certaintyOf([claim({ hedge: "speculated" }), claim({ hedge: "alleged" })])).toBe(
      "alleged",
    );
    expect(certaintyOf([claim({ hedge: "alleged" }), claim({ hedge: "reported" })])).toBe(
      "reported",
    );
  });

  it("ignores denials and attribute claims, which describe a record without holding it up", () => {
    const speculated = claim({ hedge: "speculated", stance: "reports" });
    const unsettled = claim({ attribute: { name: "settled", value: false } });
    const denial = claim({ stance: "denies" });
    expect(certaintyOf([speculated, unsettled, denial])).toBe("speculated");
    expect(certaintyOf([unsettled, denial])).toBeUndefined();
  });
});
