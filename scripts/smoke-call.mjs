// The one real call the smoke tests make in each runtime (Node ESM, Node CJS, Chromium).
// It takes the modules as arguments so that each runtime passes the build it loaded.

/** Tennessee capital example (Wikipedia, "Condorcet method"): Nashville beats every rival. */
export const SPEC = {
  method: "schulze",
  candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"],
  ballots: [
    { ranking: ["Memphis", "Nashville", "Chattanooga", "Knoxville"], count: 42 },
    { ranking: ["Nashville", "Chattanooga", "Knoxville", "Memphis"], count: 26 },
    { ranking: ["Chattanooga", "Knoxville", "Nashville", "Memphis"], count: 15 },
    { ranking: ["Knoxville", "Chattanooga", "Nashville", "Memphis"], count: 17 },
  ],
};

export const EXPECTED = {
  totalCount: 100,
  nashvilleOverMemphis: 58,
  prng: [400152566, 4284651861, 587231514],
  winners: ["Nashville"],
};

export const run = ({ root, parseSpecWithProfile, pairwiseTally, preferring, createPrng }) => {
  const parsed = parseSpecWithProfile(SPEC);
  if (parsed._tag !== "Right") throw new Error(JSON.stringify(parsed.left));
  const tally = pairwiseTally(parsed.right.profile);
  const prng = createPrng("co-decide");
  const outcome = root.decide(SPEC);
  if (outcome._tag !== "Right") throw new Error(JSON.stringify(outcome.left));
  return {
    totalCount: parsed.right.profile.totalCount,
    nashvilleOverMemphis: preferring(tally, 1, 0),
    prng: [prng.nextUint32(), prng.nextUint32(), prng.nextUint32()],
    winners: outcome.right.winners,
  };
};
