import * as E from "fp-ts/lib/Either.js";
import { expect } from "vitest";
import type { DecideError } from "../../src/core/errors.js";

/** The Right of an Either, failing the test on a Left. */
export const right = <A>(either: E.Either<DecideError, A>): A => {
  if (E.isLeft(either)) expect.fail(either.left.message);
  return (either as E.Right<A>).right;
};

/** The Left of an Either, failing the test on a Right. */
export const left = <A>(either: E.Either<DecideError, A>): DecideError => {
  if (E.isRight(either)) expect.fail("expected an error");
  return (either as E.Left<DecideError>).left;
};

/** Responses from a list of stances, members m0, m1, ... */
export const responses = (
  stances: readonly (string | number)[],
): { member: string; stance: string | number }[] =>
  stances.map((stance, i) => ({ member: `m${i}`, stance }));

/** `n` copies of a stance. */
export const times = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);
