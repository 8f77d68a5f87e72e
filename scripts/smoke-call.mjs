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

/** The example event; its canonical JSON is `{"at":"2025-06-20","commitmentId":"c1","id":"e2","seq":2,"type":"delivered"}`. */
export const EVENT = { id: "e2", seq: 2, at: "2025-06-20", type: "delivered", commitmentId: "c1" };

export const EXPECTED = {
  totalCount: 100,
  nashvilleOverMemphis: 58,
  prng: [400152566, 4284651861, 587231514],
  winners: ["Nashville"],
  // `sha256sum` of the canonical JSON above: the same in every runtime, whichever SHA-256 it uses.
  eventHash: "3b6e6cebdb4bee7f07e2bad574824ce4c6724225b88a1262e6378579d6566955",
};

export const run = ({ root, parseSpecWithProfile, pairwiseTally, preferring, createPrng }) => {
  const parsed = parseSpecWithProfile(SPEC);
  if (parsed._tag !== "Right") throw new Error(JSON.stringify(parsed.left));
  const tally = pairwiseTally(parsed.right.profile);
  const prng = createPrng("co-decide");
  const outcome = root.decide(SPEC);
  if (outcome._tag !== "Right") throw new Error(JSON.stringify(outcome.left));
  const eventHash = root.hashEvent(EVENT);
  if (eventHash._tag !== "Right") throw new Error(JSON.stringify(eventHash.left));
  return {
    totalCount: parsed.right.profile.totalCount,
    nashvilleOverMemphis: preferring(tally, 1, 0),
    prng: [prng.nextUint32(), prng.nextUint32(), prng.nextUint32()],
    winners: outcome.right.winners,
    eventHash: eventHash.right,
  };
};
