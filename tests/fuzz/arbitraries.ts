/**
 * Hostile inputs for the fuzz suite: anything fast-check can make (sparse arrays, boxed values,
 * null prototypes, typed arrays, bigints), inputs shaped like the real ones with a wrong part,
 * and a fixed set of pathological values (huge sparse arrays, million-character strings, edge
 * numbers) that no boundary may loop over or read slowly.
 */
import * as fc from "fast-check";

/** Everything fast-check can generate, sparse arrays and odd objects included. */
export const anything: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 3,
  maxKeys: 5,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** A sparse array (holes) of small values. */
export const sparse: fc.Arbitrary<unknown[]> = fc.sparseArray(
  fc.oneof(fc.string({ maxLength: 3 }), fc.integer({ min: -2, max: 5 })),
  { maxLength: 6, minNumElements: 0 },
);

/** Numbers a plain-number function must survive: NaN, infinities, -0, huge and tiny values. */
export const edgeNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1,
    -1,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    1e300,
    -1e300,
    0.5,
  ),
  fc.double(),
  fc.integer({ min: -10, max: 100 }),
);

/** A wrong value of some other type, or anything. */
export const wrong: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anything, weight: 3 },
  { arbitrary: sparse, weight: 2 },
  { arbitrary: edgeNumber, weight: 1 },
);

/** Either a plausible value or a wrong one (mostly plausible, so the fuzzer reaches deep checks). */
export const mostly = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: good, weight: 3 }, { arbitrary: wrong, weight: 1 });

const bigSparse = (length: number, value: unknown): unknown[] => {
  const array = new Array<unknown>(length);
  array[0] = value;
  return array;
};

/**
 * Pathological values, built lazily (a million-character string once per run): each is passed
 * in every argument position of every driven function.
 */
export const pathological = (): readonly (readonly [string, unknown])[] => [
  ["a sparse array of length 2^32 - 1", bigSparse(2 ** 32 - 1, "a")],
  ["a sparse array of length 10^7 holding numbers", bigSparse(10_000_000, 1)],
  ["an array with holes", holed()],
  ["a string of a million digits", "9".repeat(1_000_000)],
  ["a string of a million '>'", ">".repeat(1_000_000)],
  ["NaN", Number.NaN],
  ["Infinity", Number.POSITIVE_INFINITY],
  ["2^53", 2 ** 53],
  ["1e300", 1e300],
  ["null", null],
  ["undefined", undefined],
  [
    "an object with a throwing getter",
    Object.defineProperty({}, "method", { get: throwing, enumerable: true }),
  ],
  [
    "a proxy that throws on every trap",
    new Proxy(
      {},
      { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing },
    ),
  ],
  ["a null-prototype object", Object.create(null) as unknown],
  ["__proto__ as a key", JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
];

function holed(): unknown[] {
  const array: unknown[] = ["a", "b", "c"];
  delete array[1];
  return array;
}

function throwing(): never {
  throw new Error("hostile getter");
}

/** Names, including the awkward ones. */
export const name: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("a", "b", "c", "d", "__proto__", "constructor", "", " a", "a>b", "a=b"),
  fc.string({ maxLength: 4 }),
);
