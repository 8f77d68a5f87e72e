import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { DecideError } from "../../src/core/index.js";
import { PROCESS_ITEMS_LIMIT, parseProcess } from "../../src/process/index.js";
import { healthy, troubled } from "./scenarios.js";

type Json = Record<string, unknown>;
const left = (either: E.Either<DecideError, unknown>): DecideError => {
  if (E.isRight(either)) throw new Error("expected an error");
  return either.left;
};
const issues = (input: unknown) => {
  const error = left(parseProcess(input));
  if (error._tag !== "InvalidInput") throw new Error(`expected InvalidInput, got ${error._tag}`);
  return error.issues.map((i) => ({ path: i.path, code: i.code }));
};
type Lists = Record<"people" | "bodies" | "decisions" | "stages" | "ledger" | "surveys", Json[]>;
const edit = (change: (p: Lists) => void): Json => {
  const p = healthy() as unknown as Lists;
  change(p);
  return p as unknown as Json;
};

describe("parseProcess", () => {
  it("accepts both scenarios and returns what it was given", () => {
    for (const input of [healthy(), troubled()]) {
      const parsed = parseProcess(input);
      expect(E.isRight(parsed) && parsed.right).toEqual(input);
    }
  });

  it("a stage ending before it starts: InvalidInput at stages[i].endsAt", () => {
    const input = edit((p) => {
      (p["stages"][1] as Json)["endsAt"] = "2023-08-31";
    });
    expect(issues(input)).toEqual([{ path: "stages[1].endsAt", code: "ends_before_start" }]);
  });

  it("a person in two roles: InvalidInput at people[i].role", () => {
    const input = edit((p) => {
      p["people"].push({ id: "r1", role: "officer" });
    });
    expect(issues(input)).toEqual([{ path: "people[7].role", code: "two_roles" }]);
  });

  it("a ledger event for an unknown decision: InvalidInput at the commitment's decision id", () => {
    const input = edit((p) => {
      ((p["ledger"][1] as Json)["commitment"] as Json)["decision"] = { id: "d9" };
    });
    expect(issues(input)).toEqual([
      { path: "ledger[1].commitment.decision.id", code: "unknown_decision" },
    ]);
  });

  it("unknown people, bodies and decisions are all listed together", () => {
    const input = edit((p) => {
      (p["stages"][0] as Json)["participants"] = ["r1", "ghost"];
      (p["stages"][0] as Json)["decision"] = "d9";
      (p["decisions"][0] as Json)["decidedBy"] = "cabinet";
      (p["bodies"][0] as Json)["vetoes"] = ["c1"];
      ((p["surveys"][0] as Json)["waves"] as Json[])[0] = {
        at: "2023-02-01",
        answers: [{ value: 6 }, { value: 2, person: "nobody" }],
      };
    });
    expect(issues(input)).toEqual([
      { path: "bodies[0].vetoes[0]", code: "veto_not_member" },
      { path: "decisions[0].decidedBy", code: "unknown_body" },
      { path: "stages[0].decision", code: "unknown_decision" },
      { path: "stages[0].participants[1]", code: "unknown_person" },
      { path: "surveys[0].waves[0].answers[0].value", code: "above_scale" },
      { path: "surveys[0].waves[0].answers[1].person", code: "unknown_person" },
    ]);
  });

  it("duplicate ids, a seat held twice and a quota above the total", () => {
    const input = edit((p) => {
      p["stages"].push({ ...(p["stages"][0] as Json) });
      (p["bodies"][0] as Json)["members"] = [{ person: "r1" }, { person: "r1" }];
      (p["bodies"][0] as Json)["quota"] = 3;
    });
    expect(issues(input)).toEqual([
      { path: "bodies[0].members[1].person", code: "duplicate_seat" },
      { path: "bodies[0].quota", code: "quota_above_total" },
      { path: "stages[2].id", code: "duplicate_id" },
    ]);
  });

  it("shape errors come from the schema, with paths", () => {
    expect(issues({ ...healthy(), version: 2 })).toEqual([
      { path: "version", code: "invalid_value" },
    ]);
    expect(issues({ ...healthy(), startedAt: "2023-02-30" })).toEqual([
      { path: "startedAt", code: "custom" },
    ]);
    const typo = edit((p) => {
      (p["stages"][0] as Json)["particpants"] = [];
    });
    expect(issues(typo).map((i) => i.path)).toContain("stages[0]");
  });

  it("a stored result is checked loosely: extra fields kept, a wrong winners list refused", () => {
    const bad = edit((p) => {
      (p["stages"][1] as Json)["result"] = { kind: "outcome", value: { method: "x", winners: 3 } };
    });
    expect(issues(bad)).toEqual([{ path: "stages[1].result.value.winners", code: "invalid_type" }]);
  });

  it("an illegal ledger transition is the ledger's InvalidTransition", () => {
    const input = edit((p) => {
      p["ledger"].push({ id: "e5", seq: 5, at: "2024-07-01", type: "started", commitmentId: "c1" });
    });
    expect(left(parseProcess(input))._tag).toBe("InvalidTransition");
  });

  it("refuses a process past the size limit before validating it", () => {
    const input = { people: Array.from({ length: 11 }, () => 0) };
    const error = left(parseProcess(input, { maxItems: 10 }));
    expect(error._tag === "Unsupported" && error.limit).toMatchObject({
      name: PROCESS_ITEMS_LIMIT.name,
      size: 11,
      limit: 10,
    });
  });

  it.each([null, undefined, 42, "process", [], { version: 1 }])("never throws on %j", (input) => {
    expect(E.isLeft(parseProcess(input))).toBe(true);
  });

  it("never throws on an input whose getter throws", () => {
    const input = {
      get version(): never {
        throw new Error("boom");
      },
    };
    expect(E.isLeft(parseProcess(input))).toBe(true);
  });

  it("bad options are InvalidInput at options", () => {
    expect(left(parseProcess(healthy(), null as never))._tag).toBe("InvalidInput");
    expect(left(parseProcess(healthy(), { maxItems: -1 }))._tag).toBe("InvalidInput");
  });
});
