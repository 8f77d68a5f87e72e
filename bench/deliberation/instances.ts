/**
 * Seeded inputs for the deliberation benchmarks (never Math.random).
 */
import { createPrng } from "../../src/core/prng.js";

/** 100,000 responses to a majority vote (members m0..). */
export const votes = (n: number, seed: string): { member: string; stance: string }[] => {
  const prng = createPrng(seed);
  const stances = ["yes", "no", "abstain"];
  return Array.from({ length: n }, (_, i) => ({
    member: `m${i}`,
    stance: stances[prng.nextInt(3)] as string,
  }));
};

/**
 * A pool of `n` with 6 features (gender 2-3 values, age 5 bands, area 6, education 3, ethnicity 4,
 * attitude 3), drawn with skewed shares as volunteer pools are; quotas within ±10 % of each value's
 * population share of a panel of `k`, loose enough for the greedy draw.
 */
export const pool = (n: number, k: number, seed: string) => {
  const prng = createPrng(seed);
  const features: Record<string, readonly [string, number][]> = {
    gender: [
      ["f", 0.5],
      ["m", 0.47],
      ["x", 0.03],
    ],
    age: [
      ["16-29", 0.15],
      ["30-44", 0.22],
      ["45-59", 0.27],
      ["60-74", 0.25],
      ["75+", 0.11],
    ],
    area: [
      ["north", 0.2],
      ["south", 0.2],
      ["east", 0.15],
      ["west", 0.15],
      ["centre", 0.2],
      ["rural", 0.1],
    ],
    education: [
      ["school", 0.3],
      ["college", 0.35],
      ["degree", 0.35],
    ],
    ethnicity: [
      ["a", 0.7],
      ["b", 0.12],
      ["c", 0.1],
      ["d", 0.08],
    ],
    attitude: [
      ["low", 0.25],
      ["medium", 0.45],
      ["high", 0.3],
    ],
  };
  const pick = (shares: readonly [string, number][]): string => {
    let u = prng.nextFloat();
    for (const [value, share] of shares) {
      if (u < share) return value;
      u -= share;
    }
    return (shares.at(-1) as [string, number])[0];
  };
  const people = Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    features: Object.fromEntries(Object.entries(features).map(([f, shares]) => [f, pick(shares)])),
  }));
  const quotas = Object.fromEntries(
    Object.entries(features).map(([f, shares]) => [
      f,
      Object.fromEntries(
        shares.map(([value, share]) => [
          value,
          {
            min: Math.max(0, Math.floor(k * share - k * 0.1)),
            max: Math.ceil(k * share + k * 0.1),
          },
        ]),
      ),
    ]),
  );
  return { pool: people, quotas };
};

/**
 * A tighter variant of {@link pool}: the pool over-represents degree holders (three in five, as
 * volunteer pools over-represent the educated) while each quota is narrowed by 8 % of the panel on
 * both sides (never past each other). Leximin then cannot give everyone the same chance, and its
 * column generation has real work to do.
 */
export const tightPool = (n: number, k: number, seed: string) => {
  const loose = pool(n, k, seed);
  const cut = Math.floor(k * 0.08);
  return {
    pool: loose.pool.map((p, i) => ({
      ...p,
      features: {
        ...p.features,
        education: i % 5 < 3 ? "degree" : (p.features["education"] as string),
      },
    })),
    quotas: Object.fromEntries(
      Object.entries(loose.quotas).map(([f, values]) => [
        f,
        Object.fromEntries(
          Object.entries(values).map(([v, q]) => [
            v,
            { min: Math.min(q.min + cut, q.max), max: Math.max(q.max - cut, q.min) },
          ]),
        ),
      ]),
    ),
  };
};

/** Each rule's stances, and how often each is drawn (weights out of their sum). */
const RULE_DRAWS: Readonly<Record<string, readonly (readonly [string | number, number])[]>> = {
  majority: [
    ["yes", 50],
    ["no", 40],
    ["abstain", 10],
  ],
  supermajority: [
    ["yes", 70],
    ["no", 25],
    ["abstain", 5],
  ],
  unanimity: [
    ["yes", 98],
    ["abstain", 2],
  ],
  "double-majority": [
    ["yes", 55],
    ["no", 40],
    ["abstain", 5],
  ],
  consent: [
    ["agree", 40],
    ["consent", 50],
    ["stand-aside", 10],
    ["object", 0.01],
  ],
  consensus: [
    ["agree", 60],
    ["abstain", 10],
    ["disagree", 30],
    ["block", 0.01],
  ],
  gradients: [1, 2, 3, 4, 5, 6, 7, 8].map((p) => [p, p === 8 ? 0.01 : 9 - p] as const),
  "fist-to-five": [0, 1, 2, 3, 4, 5].map((p) => [String(p), p === 0 ? 0.01 : p] as const),
};

/**
 * A `resolve` spec for `rule` with `n` listed members (ids m0.., weights 1 to 7, 50 groups) who
 * all respond, stances drawn per {@link RULE_DRAWS} (blocking stances rare, with a reason), and a
 * quorum of half the members. `majority-weighted` is the majority counted by weight,
 * `double-majority-groups` the double majority by groups.
 */
export const ruleSpec = (rule: string, n: number, seed: string) => {
  const prng = createPrng(seed);
  const base =
    rule === "double-majority-groups"
      ? "double-majority"
      : rule === "majority-weighted"
        ? "majority"
        : rule;
  const draws = RULE_DRAWS[base] ?? [];
  const scale = 10_000;
  const cumulative: number[] = [];
  let total = 0;
  for (const [, share] of draws) {
    total += Math.round(share * scale);
    cumulative.push(total);
  }
  const members = Array.from({ length: n }, (_, i) => ({
    id: `m${i}`,
    weight: (i % 7) + 1,
    group: `g${i % 50}`,
  }));
  const responses = members.map(({ id }) => {
    const roll = prng.nextInt(total);
    const at = cumulative.findIndex((c) => roll < c);
    const stance = (draws[at] as readonly [string | number, number])[0];
    const blocking = stance === "object" || stance === "block";
    return blocking
      ? { member: id, stance, reason: "it leaves no reserve" }
      : { member: id, stance };
  });
  const options: Record<string, unknown> = { quorum: "1/2" };
  if (rule === "double-majority-groups") options["second"] = "groups";
  if (rule === "majority-weighted") options["weighted"] = true;
  return { rule: base, members, responses, options };
};

/** The cells of the per-rule `resolve` benchmark. */
export const RESOLVE_CELLS = [
  "majority",
  "majority-weighted",
  "supermajority",
  "unanimity",
  "double-majority",
  "double-majority-groups",
  "consent",
  "consensus",
  "gradients",
  "fist-to-five",
] as const;
