/**
 * A count split into shards gives the same outcome as the whole count: for random profiles split
 * into random shards, each shard tallied, sent through JSON, merged in a random order, then
 * `decideTally` equals `decide` on the whole profile, for every tally-capable method.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  mergeTallies,
  parseTally,
  rankedProfile,
  type Tally,
  type TallyKind,
  tallyProfile,
  tallyToJson,
  type UnrankedRule,
} from "../../src/ballots/index.js";
import { decide, decideTally, listMethods, tallyKindOf } from "../../src/voting/index.js";
import { arbRankedProfileInput } from "../helpers/arbitraries.js";
import { runs } from "../helpers/runs.js";

const TALLY_METHODS = listMethods()
  .map((m) => m.id)
  .filter((id) => tallyKindOf(id) !== undefined);

/** Options worth trying per method besides the defaults (the rule variants a tally must carry). */
const VARIANTS: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>> = {
  schulze: [{ strength: "margin" }, { strength: "ratio" }],
  "ranked-pairs": [{ strength: "margin" }],
  minimax: [{ variant: "margin" }, { variant: "pairwise-opposition" }],
  "smith-minimax": [{ variant: "margin" }],
  copeland: [{ alpha: "1" }],
  borda: [
    { points: "modified" },
    { points: "tournament", unranked: "not-compared" },
    { unranked: "not-compared" },
  ],
  positional: [{ scores: [3, 2, 1] }, { scores: ["1", "1/2"], unranked: "not-compared" }],
  dowdall: [{ unranked: "not-compared" }],
  plurality: [{ unranked: "not-compared" }],
  "anti-plurality": [{ unranked: "not-compared" }],
};

const must = <A>(either: E.Either<unknown, A>): A => {
  if (E.isLeft(either)) throw new Error(JSON.stringify(either.left));
  return either.right;
};

describe("decideTally", () => {
  it("lists the pairwise and positional methods the issue names", () => {
    for (const id of ["schulze", "ranked-pairs", "copeland", "minimax"])
      expect(tallyKindOf(id)).toBe("pairwise");
    for (const id of ["plurality", "anti-plurality", "borda", "positional", "dowdall"])
      expect(tallyKindOf(id)).toBe("positional");
    expect(tallyKindOf("irv")).toBeUndefined();
  });

  it("equals decide on the whole profile, for shards merged in any order (property)", () => {
    fc.assert(
      fc.property(
        arbRankedProfileInput(5, 12),
        fc.constantFrom(...TALLY_METHODS),
        fc.nat(),
        fc.constantFrom<UnrankedRule>("tied-last", "not-compared"),
        fc.array(fc.nat(3), { maxLength: 12 }),
        fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        fc.boolean(),
        ({ candidates, ballots }, method, variantPick, unranked, shardOf, order, none) => {
          const kind = tallyKindOf(method) as TallyKind;
          const variants = [{}, ...(VARIANTS[method] ?? [])];
          const base = variants[variantPick % variants.length] as Record<string, unknown>;
          // A pairwise tally carries its unranked rule; the method is asked for the same one.
          const options = kind === "pairwise" ? { ...base, unranked } : base;
          const tieBreak = none ? { kind: "none" } : { kind: "lexicographic" };
          const whole = decide({ method, candidates, ballots, options, tieBreak });
          const shards = [0, 1, 2, 3].map((s) =>
            must(
              rankedProfile(
                candidates,
                ballots.filter((_, i) => (shardOf[i] ?? 0) === s),
              ),
            ),
          );
          const rule = (options as { unranked?: UnrankedRule }).unranked ?? "tied-last";
          const tallies: Tally[] = shards
            .map((p) => tallyProfile(p, kind, { unranked: rule }))
            // Through JSON, as between processes.
            .map((t) => must(parseTally(JSON.parse(JSON.stringify(tallyToJson(t))))));
          const sorted = tallies
            .map((t, i) => ({ t, key: order[i] ?? 0 }))
            .sort((a, b) => a.key - b.key)
            .map(({ t }) => t);
          const merged = sorted
            .slice(1)
            .reduce((acc, t) => must(mergeTallies(acc, t)), sorted[0] as Tally);
          const fromTally = decideTally({
            method,
            tally: tallyToJson(merged),
            options,
            tieBreak,
          });
          expect(fromTally).toEqual(whole);
        },
      ),
      { numRuns: runs(400) },
    );
  });
});

describe("mergeTallies", () => {
  it("is associative and commutative, with exact values (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<TallyKind>("pairwise", "positional"),
        arbRankedProfileInput(4, 15),
        fc.array(fc.nat(2), { maxLength: 15 }),
        (kind, { candidates, ballots }, part) => {
          const [a, b, c] = [0, 1, 2].map((s) =>
            tallyProfile(
              must(
                rankedProfile(
                  candidates,
                  ballots.filter((_, i) => (part[i] ?? 0) === s),
                ),
              ),
              kind,
            ),
          ) as [Tally, Tally, Tally];
          const json = (t: E.Either<unknown, Tally>): unknown => tallyToJson(must(t));
          const ab = must(mergeTallies(a, b));
          const bc = must(mergeTallies(b, c));
          expect(json(mergeTallies(ab, c))).toEqual(json(mergeTallies(a, bc)));
          expect(json(mergeTallies(a, b))).toEqual(json(mergeTallies(b, a)));
          // The merge of the parts is the tally of the whole (canonical: lowest terms).
          const whole = tallyProfile(must(rankedProfile(candidates, ballots)), kind);
          const reduce = (t: Tally): unknown => canonical(tallyToJson(t));
          expect(reduce(must(mergeTallies(ab, c)))).toEqual(reduce(whole));
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it("refuses tallies of different kinds or candidates", () => {
    const p = must(rankedProfile(["a", "b"], ["a>b"]));
    const q = must(rankedProfile(["a", "c"], ["a>c"]));
    const left = mergeTallies(tallyProfile(p, "pairwise"), tallyProfile(p, "positional"));
    expect(E.isLeft(left) && left.left._tag === "InvalidInput" && left.left.issues[0]?.path).toBe(
      "kind",
    );
    const other = mergeTallies(tallyProfile(p, "pairwise"), tallyProfile(q, "pairwise"));
    expect(
      E.isLeft(other) && other.left._tag === "InvalidInput" && other.left.issues[0]?.path,
    ).toBe("candidates");
  });
});

/** A tally's JSON with every count divided through by the denominator's common factor, and zero places dropped. */
const canonical = (json: ReturnType<typeof tallyToJson>): unknown => {
  const den = BigInt(json.denominator);
  const all =
    json.kind === "pairwise"
      ? json.counts.map(BigInt)
      : json.places.flatMap((p) => p.counts.map(BigInt));
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  const g = all.reduce(gcd, den);
  const scale = (v: string): string => String(BigInt(v) / g);
  return json.kind === "pairwise"
    ? { ...json, denominator: String(den / g), counts: json.counts.map(scale) }
    : {
        ...json,
        denominator: String(den / g),
        places: json.places
          .filter((p) => p.counts.some((v) => v !== "0"))
          .map((p) => ({ ...p, counts: p.counts.map(scale) })),
      };
};
