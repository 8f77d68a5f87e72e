/**
 * The boundary of `co-decide/process`: reads a {@link JointProcess} from unknown input.
 *
 * Three steps (STYLE.md 3.4): size (the work limit, counted before anything is read deeply),
 * shape (the zod schema), meaning (every cross-field check, all problems listed together).
 *
 * @module
 */
import * as E from "fp-ts/lib/Either.js";
import { parseIsoDay } from "../commitments/dates.js";
import { replay } from "../commitments/reducer.js";
import { type DecideError, type InputIssue, invalidInput, invalidInputAt } from "../core/errors.js";
import { checkWork, defineLimit, resolveLimit, type WorkLimit } from "../core/limits.js";
import { formatPath, validate } from "../core/validation.js";
import { type JointProcess, JointProcessSchema } from "./model.js";

/**
 * The work limit on the size of a process: people, seats, decisions, stages, stage participants,
 * ledger events and survey answers, added up. Parsing and assessing are roughly linear in it
 * (power indices and the survey bootstrap have limits of their own). The default keeps a call
 * well under 2 s on a small two-core machine; `options.maxItems` raises it.
 *
 * @category limits
 */
export const PROCESS_ITEMS_LIMIT: WorkLimit = /* @__PURE__ */ defineLimit({
  name: "parseProcess.items",
  unit: "items (people, seats, decisions, stages, participants, events and survey answers)",
  default: 200_000,
  ceiling: 5_000_000,
  option: "options.maxItems",
});

/**
 * Options of {@link parseProcess}.
 *
 * @category process
 */
export interface ParseProcessOptions {
  /** The most items accepted (see {@link PROCESS_ITEMS_LIMIT}); default 200,000. */
  readonly maxItems?: number;
}

/**
 * Reads and checks a joint decision process.
 *
 * @remarks
 * Shape: the {@link JointProcessSchema} (strict objects, ISO dates, version 1). Meaning, every
 * problem listed in one `InvalidInput` with its path: a duplicated id (`people[3].id`,
 * `duplicate_id`); a person listed twice with two roles (`people[3].role`, `two_roles`: each
 * person holds one role); a stage ending before it starts (`stages[2].endsAt`,
 * `ends_before_start`); a reference to an unknown person, body or decision (`stages[0].participants[4]`,
 * `unknown_person`; `decisions[1].decidedBy`, `unknown_body`; `stages[2].decision`,
 * `unknown_decision`); a ledger commitment for an unknown decision
 * (`ledger[0].commitment.decision.id`, `unknown_decision`); a body seat held twice, a veto by a
 * non-member, a quota above the body's total weight; a survey answer above the scale; a population
 * dimension whose shares add up to 0. The ledger is then replayed through the commitments state
 * machine (`replay`), whose `InvalidTransition` is returned as it is.
 *
 * Size: more items than {@link PROCESS_ITEMS_LIMIT} (default 200,000; `options.maxItems` up to
 * 5,000,000) is refused as `Unsupported` (`work_limit`) before the input is validated. O(items).
 * Never throws.
 *
 * @example A stage that ends before it starts
 * ```ts
 * import { parseProcess } from "co-decide/process";
 *
 * parseProcess({ version: 1, id: "p", title: "Grants", startedAt: "2024-01-01",
 *   people: [], bodies: [], decisions: [], ledger: [], surveys: [],
 *   stages: [{ id: "s1", kind: "consult", startsAt: "2024-03-01", endsAt: "2024-02-01",
 *     participants: [], agendaSetBy: [] }] });
 * // => left: InvalidInput [{ path: "stages[0].endsAt", code: "ends_before_start", ... }]
 * ```
 *
 * @category process
 */
export const parseProcess = (
  input: unknown,
  options?: ParseProcessOptions,
): E.Either<DecideError, JointProcess> => {
  try {
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      return E.left(invalidInputAt("options", "invalid_type", "expected an object of options"));
    }
    const allowed = resolveLimit(PROCESS_ITEMS_LIMIT, options?.maxItems);
    if (E.isLeft(allowed)) return allowed;
    const sized = checkWork(PROCESS_ITEMS_LIMIT, countItems(input), allowed.right);
    if (E.isLeft(sized)) return sized;
    return E.flatMap(validate(JointProcessSchema, input), (process) => {
      const issues = checkMeaning(process);
      if (issues.length > 0) return E.left(invalidInput(issues));
      const ledger = replay(process.ledger, { maxEvents: Math.max(1, process.ledger.length) });
      return E.isLeft(ledger) ? E.left(renameLedgerPaths(ledger.left)) : E.right(process);
    });
  } catch (cause) {
    return E.left(
      invalidInputAt(
        "",
        "unreadable",
        `the input could not be read (${cause instanceof Error ? cause.message : "unknown cause"})`,
      ),
    );
  }
};

/** The size of a process as {@link PROCESS_ITEMS_LIMIT} counts it, read without trusting the input. @internal */
export const countItems = (input: unknown): number => {
  const list = (value: unknown): readonly unknown[] =>
    Array.isArray(value) ? (value as unknown[]) : [];
  const field = (value: unknown, key: string): unknown =>
    typeof value === "object" && value !== null
      ? (value as Record<string, unknown>)[key]
      : undefined;
  // lengths only, then one level down where a list holds lists (no entry is read twice)
  let size = 0;
  const add = (value: unknown): readonly unknown[] => {
    const items = list(value);
    size += items.length;
    return items;
  };
  add(field(input, "people"));
  add(field(input, "decisions"));
  add(field(input, "ledger"));
  for (const body of add(field(input, "bodies"))) add(field(body, "members"));
  for (const stage of add(field(input, "stages"))) {
    add(field(stage, "participants"));
    add(field(stage, "agendaSetBy"));
    add(field(stage, "recommendations"));
    add(field(field(stage, "preferences"), "voters"));
    if (size > PROCESS_ITEMS_LIMIT.ceiling) return size;
  }
  for (const survey of add(field(input, "surveys"))) {
    for (const wave of add(field(survey, "waves"))) add(field(wave, "answers"));
    if (size > PROCESS_ITEMS_LIMIT.ceiling) return size;
  }
  return size;
};

const issue = (path: readonly PropertyKey[], code: string, message: string): InputIssue => ({
  path: formatPath(path),
  code,
  message,
});

/** Every cross-field problem of a shape-valid process. */
const checkMeaning = (process: JointProcess): InputIssue[] => {
  const issues: InputIssue[] = [];
  const unique = (list: readonly { readonly id: string }[], label: string): Set<string> => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) {
        issues.push(issue([label, i, "id"], "duplicate_id", `the id "${item.id}" is used twice`));
      }
      seen.add(item.id);
    });
    return seen;
  };

  // people: one role each
  const roles = new Map<string, string>();
  process.people.forEach((person, i) => {
    const known = roles.get(person.id);
    if (known === undefined) roles.set(person.id, person.role);
    else if (known !== person.role) {
      issues.push(
        issue(
          ["people", i, "role"],
          "two_roles",
          `"${person.id}" is already listed as "${known}": a person holds one role`,
        ),
      );
    } else
      issues.push(issue(["people", i, "id"], "duplicate_id", `"${person.id}" is listed twice`));
  });
  const person = (id: string, path: readonly PropertyKey[]): void => {
    if (!roles.has(id)) issues.push(issue(path, "unknown_person", `no person has the id "${id}"`));
  };

  // bodies
  const bodies = unique(process.bodies, "bodies");
  process.bodies.forEach((body, b) => {
    const seats = new Set<string>();
    let total = 0;
    body.members.forEach((member, m) => {
      person(member.person, ["bodies", b, "members", m, "person"]);
      if (seats.has(member.person)) {
        issues.push(
          issue(
            ["bodies", b, "members", m, "person"],
            "duplicate_seat",
            `"${member.person}" already holds a seat on this body`,
          ),
        );
      }
      seats.add(member.person);
      total += member.weight ?? 1;
    });
    if (body.quota > total) {
      issues.push(
        issue(
          ["bodies", b, "quota"],
          "quota_above_total",
          `the quota ${body.quota} is above the body's total weight ${total}: nothing could pass`,
        ),
      );
    }
    body.vetoes?.forEach((id, v) => {
      if (!seats.has(id)) {
        issues.push(
          issue(
            ["bodies", b, "vetoes", v],
            "veto_not_member",
            `"${id}" holds no seat on this body`,
          ),
        );
      }
    });
  });

  // decisions
  const decisions = unique(process.decisions, "decisions");
  process.decisions.forEach((decision, d) => {
    if (!bodies.has(decision.decidedBy)) {
      issues.push(
        issue(
          ["decisions", d, "decidedBy"],
          "unknown_body",
          `no body has the id "${decision.decidedBy}"`,
        ),
      );
    }
  });

  // stages
  unique(process.stages, "stages");
  process.stages.forEach((stage, s) => {
    const at = (...rest: PropertyKey[]): PropertyKey[] => ["stages", s, ...rest];
    if (dayOf(stage.endsAt) < dayOf(stage.startsAt)) {
      issues.push(
        issue(
          at("endsAt"),
          "ends_before_start",
          `the stage ends (${stage.endsAt}) before it starts (${stage.startsAt})`,
        ),
      );
    }
    if (stage.decision !== undefined && !decisions.has(stage.decision)) {
      issues.push(
        issue(at("decision"), "unknown_decision", `no decision has the id "${stage.decision}"`),
      );
    }
    stage.participants.forEach((id, i) => {
      person(id, at("participants", i));
    });
    stage.agendaSetBy.forEach((id, i) => {
      person(id, at("agendaSetBy", i));
    });
    if (stage.turns !== undefined) {
      for (const id of Object.keys(stage.turns)) person(id, at("turns", id));
    }
    stage.preferences?.voters.forEach((voter, v) => {
      person(voter.person, at("preferences", "voters", v, "person"));
    });
  });

  // ledger: commitments name known decisions
  process.ledger.forEach((event, e) => {
    if (event.type !== "committed") return;
    const ref = event.commitment.decision?.id;
    if (ref !== undefined && !decisions.has(ref)) {
      issues.push(
        issue(
          ["ledger", e, "commitment", "decision", "id"],
          "unknown_decision",
          `no decision has the id "${ref}"`,
        ),
      );
    }
  });

  // surveys
  unique(process.surveys, "surveys");
  process.surveys.forEach((survey, q) => {
    if (survey.agreeFrom !== undefined && survey.agreeFrom > survey.levels) {
      issues.push(
        issue(
          ["surveys", q, "agreeFrom"],
          "above_scale",
          `the scale has ${survey.levels} levels; agreeFrom cannot be ${survey.agreeFrom}`,
        ),
      );
    }
    survey.waves.forEach((wave, w) => {
      wave.answers.forEach((answer, a) => {
        const path = ["surveys", q, "waves", w, "answers", a];
        if (answer.value > survey.levels) {
          issues.push(
            issue(
              [...path, "value"],
              "above_scale",
              `the scale has ${survey.levels} levels; ${answer.value} is above it`,
            ),
          );
        }
        if (answer.person !== undefined) person(answer.person, [...path, "person"]);
      });
    });
  });

  // population: each dimension must have a positive total
  if (process.population !== undefined) {
    for (const [dimension, shares] of Object.entries(process.population.shares)) {
      const total = Object.values(shares).reduce((x, y) => x + y, 0);
      if (!(total > 0)) {
        issues.push(
          issue(
            ["population", "shares", dimension],
            "zero_total",
            "the shares of this dimension add up to 0",
          ),
        );
      }
    }
  }
  return issues;
};

/** The UTC day of a date the schema accepted. @internal */
export const dayOf = (text: string): number => parseIsoDay(text) ?? Number.NaN;

/** The ledger's error paths name `events[i]`; in a process the ledger is `ledger[i]`. */
const renameLedgerPaths = (error: DecideError): DecideError =>
  error._tag === "InvalidInput"
    ? invalidInput(
        error.issues.map((i) => ({ ...i, path: i.path.replace(/^events(?=\[|$)/, "ledger") })),
      )
    : error;
