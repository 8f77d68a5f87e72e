/**
 * `co-decide ledger verify|report|metrics FILE.jsonl`: a commitments ledger in JSON Lines, checked
 * (`verifyLedger` on the hash chain, `replay` on the transitions), reported or measured.
 *
 * @internal
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { verifyLedger } from "../../commitments/integrity.js";
import { fromJsonLines } from "../../commitments/jsonl.js";
import { metrics } from "../../commitments/metrics.js";
import { replay } from "../../commitments/reducer.js";
import { overdueDigest, partyAccountability, youSaidWeDid } from "../../commitments/report.js";
import type { DecideError } from "../../core/errors.js";
import { badInput, type Command, EXIT, stringOption, UsageError } from "../command.js";
import { createProgress, readText } from "../io.js";
import { type CliResult, FORMAT_NAMES, formatterOf } from "../output.js";

const ACTIONS = ["verify", "report", "metrics"] as const;
const REPORTS = {
  "you-said-we-did": youSaidWeDid,
  overdue: overdueDigest,
  parties: partyAccountability,
} as const;

export const ledger: Command = {
  name: "ledger",
  summary: "verify a commitments ledger (.jsonl), or print its report or metrics",
  help: `Usage: co-decide ledger verify|report|metrics FILE.jsonl [options]

Reads a commitments ledger, one event per line (JSON Lines; standard input as -).
  verify   checks the hash chain of every event and that every transition is legal
  report   prints a Markdown report ("you said, we did" by default)
  metrics  prints follow-through: due, delivered, on time, overdue, broken, stale

Options:
      --as-of DATE     the date of the report or metrics, YYYY-MM-DD (default: today, UTC)
      --head HASH      verify: the hash of the last event kept from an earlier check
      --report KIND    report: you-said-we-did | overdue | parties (default you-said-we-did)
      --format FORMAT  ${FORMAT_NAMES} (default text)
      --no-progress    no progress bar on standard error
  -h, --help           this help

Exit codes: 0 ok, 1 bad input (a broken chain, an illegal transition or a bad line, with its
line or event), 2 bad usage.
`,
  options: {
    "as-of": { type: "string" },
    head: { type: "string" },
    report: { type: "string" },
    format: { type: "string" },
    "no-progress": { type: "boolean" },
  },
  run: async ({ values, positionals, io }) => {
    const [action, file, ...rest] = positionals;
    if (action === undefined) throw new UsageError("missing the action: verify, report or metrics");
    if (!(ACTIONS as readonly string[]).includes(action)) {
      throw new UsageError(
        `unknown action ${JSON.stringify(action)} (expected verify, report or metrics)`,
      );
    }
    if (file === undefined) throw new UsageError("missing the FILE.jsonl argument");
    if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
    const formatter = formatterOf(stringOption(values, "format"));
    const asOf = stringOption(values, "as-of") ?? new Date().toISOString().slice(0, 10);
    const reportKind = stringOption(values, "report") ?? "you-said-we-did";
    if (!Object.hasOwn(REPORTS, reportKind)) {
      throw new UsageError(
        `unknown --report ${JSON.stringify(reportKind)} (expected ${Object.keys(REPORTS).join(", ")})`,
      );
    }
    const head = stringOption(values, "head");
    const progress = createProgress(io.stderr, values["no-progress"] !== true);
    const events = fromJsonLines(await readText(file, io, progress));
    const result: E.Either<DecideError, CliResult> = pipe(
      events,
      E.flatMap((list) => {
        switch (action) {
          case "verify":
            return pipe(
              verifyLedger(list, head === undefined ? {} : { head }),
              E.flatMap((seal) =>
                E.map(() => ({ kind: "ledger-verify", value: seal }) as CliResult)(replay(list)),
              ),
            );
          case "metrics":
            return pipe(
              replay(list),
              E.flatMap((state) => metrics(state, { asOf })),
              E.map((value): CliResult => ({ kind: "ledger-metrics", value })),
            );
          default:
            return pipe(
              replay(list),
              E.flatMap((state) => REPORTS[reportKind as keyof typeof REPORTS](state, { asOf })),
              E.map((value): CliResult => ({ kind: "ledger-report", value })),
            );
        }
      }),
    );
    if (E.isLeft(result)) return badInput(io, file, result.left);
    io.stdout.write(formatter(result.right));
    return EXIT.ok;
  },
};
