/**
 * The Thiele rules against abcvoting's published test instances (tests/fixtures/data/abcvoting/,
 * facts from abcvoting's test data: every winning committee, irresolute), through `decide`.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { decide } from "../../../src/voting/index.js";
import { dataText } from "../../helpers/data.js";

interface Instance {
  readonly profile: readonly (readonly number[])[];
  readonly m: number;
  readonly k: number;
  readonly results: Readonly<Record<string, readonly (readonly number[])[]>>;
}

const INSTANCES = JSON.parse(dataText("abcvoting/instances.json")) as Record<string, Instance>;

/** abcvoting's rule ids and ours. */
const IDS: Readonly<Record<string, string>> = {
  av: "av",
  sav: "sav",
  pav: "pav",
  slav: "slav",
  cc: "cc",
  lexcc: "lex-cc",
  geom2: "geom2",
  seqpav: "seq-pav",
  revseqpav: "rev-seq-pav",
  seqslav: "seq-slav",
  seqcc: "seq-cc",
  minimaxphragmen: "minimax-phragmen",
  leximaxphragmen: "leximax-phragmen",
  "phragmen-enestroem": "phragmen-enestroem",
  "consensus-rule": "consensus",
  minimaxav: "minimax-av",
  lexminimaxav: "lex-minimax-av",
  monroe: "monroe",
  seqphragmen: "seq-phragmen",
  "equal-shares": "equal-shares",
};

const name = (c: number): string => `c${c}`;

describe.each(Object.entries(INSTANCES))("abcvoting %s", (_id, instance) => {
  const candidates = Array.from({ length: instance.m }, (_, c) => name(c));
  const ballots = instance.profile.map((approved) => ({ approve: approved.map(name) }));
  it.each(Object.entries(IDS))("%s (ours %s) finds every winning committee", (abc, ours) => {
    const expected = (instance.results[abc] ?? []).map((c) => c.map(name));
    const result = decide({
      method: ours,
      candidates,
      ballots,
      seats: instance.k,
      tieBreak: { kind: "none" },
    });
    if (E.isLeft(result)) throw new Error(JSON.stringify(result.left));
    const outcome = result.right as unknown as { committees: string[][]; winners: string[] };
    expect(outcome.committees).toEqual(expected);
    expect([...outcome.winners].sort()).toEqual([...new Set(expected.flat())].sort());
    // A deterministic policy elects one of them.
    const fixed = decide({ method: ours, candidates, ballots, seats: instance.k });
    if (E.isLeft(fixed)) throw new Error(JSON.stringify(fixed.left));
    expect(expected.map((c) => c.join())).toContain([...fixed.right.winners].sort().join());
  });
});
