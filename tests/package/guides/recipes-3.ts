import { appendFileSync, existsSync, readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import {
  fromJsonLines,
  type LedgerBuilder,
  type LedgerState,
  ledger,
  replay,
  replayFrom,
  toJsonLines,
} from "../../../src/commitments/index.js";
import type { DecideError } from "../../../src/core/index.js";

/** Reads a ledger stored as JSON Lines (one event per line) and replays it. */
export const load = (file: string): E.Either<DecideError, LedgerState> =>
  pipe(fromJsonLines(existsSync(file) ? readFileSync(file, "utf8") : ""), E.flatMap(replay));

/** Numbers new events after the stored ones and appends them, if the ledger accepts them. */
export const record = (
  file: string,
  add: (builder: LedgerBuilder) => LedgerBuilder,
): E.Either<DecideError, LedgerState> =>
  pipe(
    load(file),
    E.flatMap((state) => {
      const events = add(ledger({ after: state })).events();
      return pipe(
        replayFrom(state, events), // nothing is written when an event is refused
        E.flatMap((next) =>
          pipe(
            toJsonLines(events),
            E.map((text) => {
              appendFileSync(file, text);
              return next;
            }),
          ),
        ),
      );
    }),
  );
