/**
 * The registry side of the hybrids: a run on a profile of the right kind, whose count may refuse
 * with `Unsupported`.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import type { Profile, RankedProfile } from "../../ballots/profile.js";
import type { DecideError } from "../../core/errors.js";
import type { Outcome } from "../../core/outcome.js";
import { wrongBallotKind } from "../internal/ranked.js";

/** Runs `f` on a ranked profile, else the wrong-kind error. @internal */
export const ranked = (
  method: string,
  profile: Profile,
  f: (profile: RankedProfile) => E.Either<DecideError, Outcome>,
): E.Either<DecideError, Outcome> =>
  profile.kind === "ranked" ? f(profile) : E.left(wrongBallotKind(method, "ranked", profile.kind));
