import * as E from "fp-ts/lib/Either.js";
import type { RankedProfile } from "../../ballots/profile.js";
import { type DecideError, unsupported } from "../../core/errors.js";
import type { TieBreaker } from "../../core/tie-break.js";
import type { StvOptions, StvOutcome } from "./shared.js";

export interface MeekRule { readonly variant: string }
export const MEEK_RULES: Readonly<Record<"meek" | "warren" | "meek-prf", MeekRule>> = {
  meek: { variant: "meek" },
  warren: { variant: "warren" },
  "meek-prf": { variant: "meek-prf" },
};
export const countMeek = (
  _p: RankedProfile, _s: number, _w: readonly number[], _r: MeekRule, _o: StvOptions, _t: TieBreaker,
): E.Either<DecideError, StvOutcome> => E.left(unsupported("todo", "todo"));
