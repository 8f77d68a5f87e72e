/**
 * The contract of `tieBreak: { kind: "none" }` (docs/choosing-a-method.md, "Ties"), for every
 * registered method: `winners` is every candidate who wins under some resolution of the ties the
 * count meets, each tie resolved independently where it arises, and never an empty list.
 *
 * The oracle is brute force and independent of the methods' own `none` code: it replays the count
 * under a scripted policy (`scriptedPolicy`, internal to core) once for every sequence of choices,
 * one choice per tie met, and unites the winners. It also runs every fixed `order` policy (all
 * permutations of the candidates), whose winner must be among `none`'s.
 *
 * Multi-seat methods (those of `co-decide/committees`) run with 2 seats: every path and every
 * fixed order elects exactly 2, `winners` under `none` is the union of the paths' committees, and
 * `committees` (when listed) is exactly the set of the paths' committees.
 */
import fc from "fast-check";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { Profile } from "../../src/ballots/profile.js";
import type { Outcome } from "../../src/core/outcome.js";
import { scriptedPolicy, type TieBreakPolicy } from "../../src/core/tie-break.js";
import { type AnyMethodDefinition, listMethods } from "../../src/voting/index.js";
import { runs } from "../helpers/runs.js";
import { approvals, graded, ranked, scored } from "./helpers/profiles.js";

const SCALE = ["excellent", "good", "fair", "poor"];
const NAMES = ["a", "b", "c", "d"];
/** The most replays the oracle makes for one profile; profiles needing more are skipped. */
const MAX_PATHS = 2000;
/** The seats a method fills here: 2 for a multi-seat method, else none. */
const seatsOf = (method: AnyMethodDefinition): number | undefined =>
  method.multiSeat === true ? 2 : undefined;
/** The options a method needs whatever its ballots (limited voting's votes per ballot). */
const REQUIRED_OPTIONS: Readonly<Record<string, unknown>> = { limited: { votesPerBallot: 1 } };
const committeeKey = (winners: readonly string[]): string => JSON.stringify([...winners].sort());

/** One voter: a value from 0 to 5 per candidate (ties between candidates are likely). */
interface Voter {
  readonly values: readonly number[];
  readonly truncate: boolean;
  readonly count: number;
}

const arbElection = fc.record({
  n: fc.integer({ min: 3, max: 4 }),
  voters: fc.array(
    fc.record({
      values: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4, maxLength: 4 }),
      truncate: fc.boolean(),
      count: fc.integer({ min: 1, max: 2 }),
    }),
    { maxLength: 6 },
  ),
});

/** The voters' values read as ballots of the method's kind. */
const profileFor = (
  method: AnyMethodDefinition,
  n: number,
  voters: readonly Voter[],
): { profile: Profile; options: unknown } => {
  const candidates = NAMES.slice(0, n);
  const value = (v: Voter, c: number): number => v.values[c] ?? 0;
  switch (method.ballotKind) {
    case "ranked":
      return {
        profile: ranked(
          candidates,
          voters.map((v) => {
            const levels = [...new Set(candidates.map((_, c) => value(v, c)))]
              .filter((x) => !v.truncate || x > 0)
              .sort((x, y) => y - x);
            const ranking = levels.map((x) => candidates.filter((_, c) => value(v, c) === x));
            return { ranking, count: v.count };
          }),
        ),
        options: {},
      };
    case "approval":
      return {
        profile: approvals(
          candidates,
          voters.map((v) => ({
            approve: candidates.filter((_, c) => value(v, c) >= 3),
            count: v.count,
          })),
        ),
        options: {},
      };
    case "score":
      // Positive-negative: 4 or 5 is a plus vote, 0 a minus vote (any number of either).
      if (method.id === "positive-negative")
        return {
          profile: scored(
            candidates,
            voters.map((v) => ({
              scores: Object.fromEntries(
                candidates.map((name, c) => {
                  const x = value(v, c);
                  return [name, x >= 4 ? 1 : x === 0 ? -1 : 0];
                }),
              ),
              count: v.count,
            })),
            { min: -1, max: 1 },
          ),
          options: { plusPerMinus: 0, minus: 5 },
        };
      return {
        profile: scored(
          candidates,
          voters.map((v) => ({
            scores: Object.fromEntries(candidates.map((name, c) => [name, value(v, c)])),
            count: v.count,
          })),
          { min: 0, max: 5 },
        ),
        options: { range: { min: 0, max: 5 } },
      };
    case "grades":
      return {
        profile: graded(
          candidates,
          voters.map((v) => ({
            grades: Object.fromEntries(
              candidates.map((name, c) => [
                name,
                SCALE[SCALE.length - 1 - Math.min(3, Math.floor(value(v, c) / 1.5))] as string,
              ]),
            ),
            count: v.count,
          })),
          SCALE,
        ),
        options: { scale: SCALE },
      };
  }
  throw new Error(`no profile for ballots of kind ${String(method.ballotKind)}`);
};

const runWith = (
  method: AnyMethodDefinition,
  profile: Profile,
  options: unknown,
  tieBreak: TieBreakPolicy,
): Outcome | undefined => {
  const seats = seatsOf(method);
  const result = method.run(profile, {
    options: REQUIRED_OPTIONS[method.id] ?? options,
    tieBreak,
    ...(seats === undefined ? {} : { seats }),
  });
  return E.isRight(result) ? result.right : undefined;
};

/**
 * Every candidate who wins on some path through the ties: a depth-first walk over the sequences
 * of choices, replaying the count once per sequence. `undefined` when the count is refused or the
 * paths pass {@link MAX_PATHS}.
 */
const everyPath = (
  method: AnyMethodDefinition,
  profile: Profile,
  options: unknown,
): { winners: Set<string>; committees: Set<string>; paths: number } | undefined => {
  const winners = new Set<string>();
  const committees = new Set<string>();
  const pending: number[][] = [[]];
  let paths = 0;
  while (pending.length > 0) {
    const prefix = pending.pop() as number[];
    const taken: number[] = [];
    const policy = scriptedPolicy((tied) => {
      const at = taken.length;
      const k = at < prefix.length ? (prefix[at] as number) : 0;
      if (at >= prefix.length)
        for (let other = tied.length - 1; other >= 1; other--) pending.push([...taken, other]);
      taken.push(k);
      return tied[k] as string;
    });
    const outcome = runWith(method, profile, options, policy);
    if (outcome === undefined) return undefined;
    // A deterministic policy resolves every tie: one winner (or one committee), whatever the path.
    expect(outcome.winners).toHaveLength(seatsOf(method) ?? 1);
    for (const w of outcome.winners) winners.add(w);
    committees.add(committeeKey(outcome.winners));
    paths += 1;
    if (paths > MAX_PATHS) return undefined;
  }
  return { winners, committees, paths };
};

const permutations = (items: readonly string[]): string[][] =>
  items.length <= 1
    ? [[...items]]
    : items.flatMap((x, i) =>
        permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [x, ...rest]),
      );

const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe("tieBreak none: every co-winner, for every registered method", () => {
  for (const method of listMethods()) {
    it(`${method.id}: winners are the union over every path through the ties, include every fixed order's winner, and are never empty`, () => {
      fc.assert(
        fc.property(arbElection, ({ n, voters }) => {
          const { profile, options } = profileFor(method, n, voters);
          const none = runWith(method, profile, options, { kind: "none" });
          if (none === undefined) return;
          expect(none.winners.length).toBeGreaterThan(0);
          const oracle = everyPath(method, profile, options);
          if (oracle !== undefined) expect(sorted(none.winners)).toEqual(sorted(oracle.winners));
          const listed = (none as { committees?: readonly (readonly string[])[] }).committees;
          if (oracle !== undefined && listed !== undefined)
            expect(sorted(listed.map(committeeKey))).toEqual(sorted(oracle.committees));
          for (const order of permutations(NAMES.slice(0, n))) {
            const fixed = runWith(method, profile, options, { kind: "order", order });
            if (fixed === undefined) continue;
            expect(fixed.winners).toHaveLength(seatsOf(method) ?? 1);
            for (const w of fixed.winners) expect(none.winners).toContain(w);
          }
        }),
        { numRuns: runs(100) },
      );
    });
  }
});
