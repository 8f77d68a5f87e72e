/**
 * Real results from every module, computed by the real functions on published examples and real
 * data (each cites its source), for the render tests.
 */
import * as E from "fp-ts/lib/Either.js";
import { readBlt } from "../../src/ballots/formats/blt.js";
import { parseProfile } from "../../src/ballots/index.js";
import { metrics, replay } from "../../src/commitments/index.js";
import {
  allocate,
  apportion,
  checkCommittee,
  parsePabulib,
  pav,
  stv,
} from "../../src/committees/index.js";
import { resolve, selectPanel } from "../../src/deliberation/index.js";
import { powerIndex } from "../../src/power/index.js";
import { assessProcess, parseProcess } from "../../src/process/index.js";
import { decide, irv, rankedPairs, schulze } from "../../src/voting/index.js";
import { SCENARIO } from "../commitments/scenario.js";
import { dataText } from "../helpers/data.js";
import { troubled } from "../process/scenarios.js";
import { approvals, ranked } from "../voting/helpers/profiles.js";

/** The Right of an Either, or a thrown error naming the case (test setup only). */
export const must = <A>(either: E.Either<{ readonly message: string }, A>, label = "case"): A => {
  if (E.isLeft(either)) throw new Error(`${label}: ${either.left.message}`);
  return either.right;
};

/**
 * The Tennessee capital example (Wikipedia, "Instant-runoff voting"; also "Condorcet method"):
 * Memphis 42, Nashville 26, Chattanooga 15, Knoxville 17.
 */
export const tennessee = () =>
  ranked(
    ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
    [
      { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
      { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
      { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
      { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
    ],
  );

/** IRV on the Tennessee example: Knoxville wins in round 3. */
export const irvTennessee = () => irv(tennessee());

/** Ranked Pairs on the Tennessee example: Nashville is the Condorcet winner. */
export const rankedPairsTennessee = () => rankedPairs(tennessee());

/** Schulze on the Debian Project Leader election of 2007 (PrefLib 00002-00000005), as Debian counts. */
export const debian2007 = () => {
  const profile = must(
    parseProfile(dataText("preflib/debian/00002-00000005.soi"), { format: "soi" }),
    "debian",
  );
  if (profile.kind !== "ranked") throw new Error("a .soi file holds ranked ballots");
  return schulze(profile, { strength: "winning" }, { kind: "none" });
};

/** Scottish STV on a Glasgow 2007 ward (tests/fixtures/data/stv/glasgow-2007, SSI 2007/42). */
export const glasgowWard = (ward = "Calton-2007") => {
  const election = must(readBlt(dataText(`stv/glasgow-2007/${ward}.blt`)), ward);
  const { profile, seats, withdrawn } = election;
  return must(stv(profile, seats, { rule: "scottish", withdrawn }), ward);
};

/** Lackner and Skowron (2023), Example 2.1 (12 voters, 8 candidates). */
export const abcRunning = () =>
  approvals(
    ["a", "b", "c", "d", "e", "f", "g", "h"],
    [
      { approve: ["a", "b"], count: 3 },
      { approve: ["a", "c"], count: 3 },
      { approve: ["a", "d"], count: 2 },
      { approve: ["b", "c", "f"] },
      { approve: ["e"] },
      { approve: ["f"] },
      { approve: ["g"] },
    ],
  );

/** PAV on Example 2.1 with k = 4: {a, b, c, f}, score 83/6 (Example 2.4). */
export const pavRunning = () => must(pav(abcRunning(), { seats: 4 }, { kind: "none" }), "pav");

/** JR of AV's committee {a, b, c, d} on Example 2.1: it holds. */
export const jrCheck = () => must(checkCommittee(abcRunning(), ["a", "b", "c", "d"], "jr"), "jr");

/**
 * EJR fails in Aziz et al. (2017), "Justified representation in approval-based committee voting",
 * Example 4: the four voters approving c4 and c5 are owed two seats and get one each.
 */
export const ejrAziz4 = () =>
  must(
    checkCommittee(
      approvals(
        ["c0", "c1", "c2", "c3", "c4", "c5"],
        [
          { approve: ["c0"] },
          { approve: ["c1"] },
          { approve: ["c2"] },
          { approve: ["c3"] },
          { approve: ["c0", "c4", "c5"] },
          { approve: ["c1", "c4", "c5"] },
          { approve: ["c2", "c4", "c5"] },
          { approve: ["c3", "c4", "c5"] },
        ],
      ),
      ["c0", "c1", "c2", "c3"],
      "ejr",
    ),
    "ejr",
  );

/** Equal Shares on a real pabulib file (Wieliczka 2023 Green Budget), with its official rule. */
export const wieliczka = () => {
  const instance = must(
    parsePabulib(dataText("pabulib/Poland_Wieliczka_2023_Green_Budget.pb")),
    "pabulib",
  );
  return must(
    allocate({
      ...instance,
      method: "equal-shares",
      options: { completion: "add-one", comparison: "greedy" },
    }),
    "allocate",
  );
};

/** D'Hondt, A 100,000, B 80,000, C 30,000, D 20,000, 8 seats (Wikipedia, "D'Hondt method"). */
export const dhondt = () =>
  must(
    apportion({
      method: "dhondt",
      seats: 8,
      votes: { A: 100_000, B: 80_000, C: 30_000, D: 20_000 },
    }),
    "apportion",
  );

/** Hare (largest remainder) on the same votes. */
export const hare = () =>
  must(
    apportion({ method: "hare", seats: 8, votes: { A: 100_000, B: 80_000, C: 30_000, D: 20_000 } }),
    "apportion",
  );

/** Consent with one reasoned objection and a stand-aside (sociocracy). */
export const consentBlocked = () =>
  must(
    resolve({
      rule: "consent",
      responses: [
        { member: "ana", stance: "consent" },
        { member: "bo", stance: "stand-aside", reason: "I will not be here in March" },
        { member: "zoe", stance: "object", reason: "no reserve for repairs" },
      ],
    }),
    "resolve",
  );

/** A two-thirds vote with a quorum. */
export const supermajority = () =>
  must(
    resolve({
      rule: "supermajority",
      members: Array.from({ length: 12 }, (_, i) => ({ id: `m${i}` })),
      options: { quorum: "1/2" },
      responses: [
        ...Array.from({ length: 6 }, (_, i) => ({ member: `m${i}`, stance: "yes" })),
        ...Array.from({ length: 2 }, (_, i) => ({ member: `m${6 + i}`, stance: "no" })),
      ],
    }),
    "resolve",
  );

/** A small stratified draw: one woman and one man from five (legacy sortition). */
export const smallPanel = () =>
  must(
    selectPanel({
      pool: [
        { id: "ana", features: { gender: "f" } },
        { id: "bea", features: { gender: "f" } },
        { id: "cai", features: { gender: "m" } },
        { id: "dan", features: { gender: "m" } },
        { id: "eli", features: { gender: "m" } },
      ],
      panelSize: 2,
      quotas: { gender: { f: { min: 1, max: 1 }, m: { min: 1, max: 1 } } },
      method: "legacy",
      seed: "04 17 23 31 42",
      options: { samples: 2000 },
    }),
    "selectPanel",
  );

/** The 1958 EEC Council of Ministers, quota 12 of 17 (Felsenthal and Machover 1998). */
export const EEC_1958 = {
  quota: 12,
  weights: { France: 4, Germany: 4, Italy: 4, Belgium: 2, Netherlands: 2, Luxembourg: 1 },
} as const;

/** Banzhaf on EEC 1958: France 5/21, Belgium 1/7, Luxembourg a dummy. */
export const eecBanzhaf = () => must(powerIndex({ index: "banzhaf", ...EEC_1958 }), "banzhaf");

/** Shapley-Shubik on EEC 1958: 7/30, 3/20, 0; 168 pivots of 720 for France. */
export const eecShapley = () =>
  must(powerIndex({ index: "shapley-shubik", ...EEC_1958 }), "shapley-shubik");

/** The hand-computed commitments scenario (tests/commitments/scenario.ts) as of 2025-07-01. */
export const scenarioMetrics = () =>
  must(metrics(must(replay(SCENARIO), "replay"), { asOf: "2025-07-01" }), "metrics");

/** The hand-worked troubled process (tests/process/scenarios.ts) assessed as of 2025-06-30. */
export const troubledAssessment = () =>
  must(
    assessProcess(must(parseProcess(troubled()), "parseProcess"), { asOf: "2025-06-30" }),
    "assessProcess",
  );

/** A single-winner outcome through decide (Borda on a small profile). */
export const bordaThroughDecide = () =>
  must(
    decide({
      method: "borda",
      candidates: ["a", "b", "c"],
      ballots: ["a>b>c", "b>c>a", "a>c>b"],
    }),
    "borda",
  );

/** A multi-seat outcome through decide (block voting). */
export const blockThroughDecide = () =>
  must(
    decide({
      method: "block",
      seats: 2,
      candidates: ["a", "b", "c"],
      ballots: [{ approve: ["a", "b"] }, { approve: ["b", "c"] }, { approve: ["a"] }],
    }),
    "block",
  );

/** CPO-STV (no `seats` field) through decide. */
export const cpoStvThroughDecide = () =>
  must(
    decide({
      method: "cpo-stv",
      seats: 2,
      candidates: ["a", "b", "c", "d"],
      ballots: ["a>b>c", "b>c>a", "c>a>b", "d>a", "a>d"],
    }),
    "cpo-stv",
  );
