import type { ActorNetwork } from "./actor-network";

/** A triad whose three ties are signed and whose sign product is negative. */
export interface UnbalancedTriad {
  /** The three actors, sorted. */
  actors: [string, string, string];
  /** `rivals_courting_same_party`: two hostile actors both friendly with a third (+ + -);
   * `three_rivals`: all three hostile (- - -), unbalanced for Cartwright and Harary, balanced
   * in Davis' weak sense. */
  kind: "rivals_courting_same_party" | "three_rivals";
  /** For `rivals_courting_same_party`, the party both court. */
  courted?: string;
  /** The signs of the ties [a-b, a-c, b-c]. */
  signs: [number, number, number];
}

/** Counts of signed triads and the unbalanced ones. */
export interface StructuralBalance {
  /** Triangles whose three ties all carry a sign (+1 or -1). */
  signedTriads: number;
  balanced: number;
  unbalanced: UnbalancedTriad[];
  /** balanced / signedTriads; 1 when there is no signed triad. */
  balanceRatio: number;
}

/**
 * Structural balance of a signed network: a triangle of signed ties is balanced when the product
 * of its signs is positive ("the friend of my friend is my friend") and unbalanced otherwise.
 * Ties with sign 0 do not count. F. Heider, "Attitudes and cognitive organization", J. Psychol.
 * 21, 1946; D. Cartwright and F. Harary, "Structural balance", Psychological Review 63(5), 1956.
 */
export function structuralBalance(network: ActorNetwork): StructuralBalance {
  const sign = (a: string, b: string): number => {
    const key = network.edge(a, b);
    return key === undefined ? 0 : network.getEdgeAttribute(key, "sign");
  };
  const nodes = network.nodes().sort();
  let signedTriads = 0;
  let balanced = 0;
  const unbalanced: UnbalancedTriad[] = [];
  for (const a of nodes) {
    const later = network
      .neighbors(a)
      .filter((x) => x > a && sign(a, x) !== 0)
      .sort();
    for (let i = 0; i < later.length; i++) {
      for (let j = i + 1; j < later.length; j++) {
        const b = later[i] as string;
        const c = later[j] as string;
        const bc = sign(b, c);
        if (bc === 0) continue;
        const signs: [number, number, number] = [sign(a, b), sign(a, c), bc];
        signedTriads++;
        if (signs[0] * signs[1] * signs[2] > 0) {
          balanced++;
          continue;
        }
        const negatives = signs.filter((s) => s < 0).length;
        if (negatives === 3) {
          unbalanced.push({ actors: [a, b, c], kind: "three_rivals", signs });
        } else {
          // One hostile tie: the actor not on it is courted by the two on it.
          const courted = signs[0] < 0 ? c : signs[1] < 0 ? b : a;
          unbalanced.push({
            actors: [a, b, c],
            kind: "rivals_courting_same_party",
            courted,
            signs,
          });
        }
      }
    }
  }
  return {
    signedTriads,
    balanced,
    unbalanced,
    balanceRatio: signedTriads === 0 ? 1 : balanced / signedTriads,
  };
}
