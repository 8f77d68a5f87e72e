/**
 * The real participatory budgets of tests/fixtures/data/pabulib (pabulib.org; Faliszewski et al.,
 * "Participatory Budgeting: Data, Tools, and Analysis", IJCAI 2023): each count reproduces the
 * official outcome the city published (the `selected` column) with the rule its META `rule` names.
 */
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import type { Allocation, BudgetInstance } from "../../../src/committees/index.js";
import { allocate, parsePabulib } from "../../../src/committees/index.js";
import { dataFiles, dataText } from "../../helpers/data.js";

const read = (file: string): BudgetInstance => {
  const parsed = parsePabulib(dataText(file));
  if (E.isLeft(parsed)) throw new Error(parsed.left.message);
  return parsed.right;
};

const count = (spec: unknown): Allocation => {
  const result = allocate(spec);
  if (E.isLeft(result)) throw new Error(result.left.message);
  return result.right;
};

/** The spec each META `rule` stands for. */
const ruleSpec = (rule: string | undefined): Record<string, unknown> => {
  switch (rule) {
    case "greedy":
      return { method: "greedy" };
    case "greedy-no-skip":
      return { method: "greedy", options: { skipUnaffordable: false } };
    case "equalshares/add1":
      return { method: "equal-shares", options: { completion: "add-one" } };
    case "equalshares/add1-comparison":
      return { method: "equal-shares", options: { completion: "add-one", comparison: "greedy" } };
    default:
      throw new Error(`no spec for rule ${rule}`);
  }
};

const official = (instance: BudgetInstance): string[] =>
  instance.projects.filter((p) => p.selected === true).map((p) => p.id);

describe("allocate on the real pabulib files", () => {
  for (const file of dataFiles("pabulib/", ".pb")) {
    it(`reproduces the official outcome of ${file.slice("pabulib/".length)}`, () => {
      const instance = read(file);
      const result = count({ ...instance, ...ruleSpec(instance.meta["rule"]) });
      expect([...result.winners].sort()).toEqual(official(instance).sort());
      const spent = result.winners.reduce(
        (sum, id) => sum + Number(instance.projects.find((p) => p.id === id)?.cost),
        0,
      );
      expect(Number(result.totalCost)).toBe(spent);
      expect(spent).toBeLessThanOrEqual(Number(instance.budget));
    });
  }

  it("Wieliczka 2023: add-one raises each voter's budget 164 times, and the comparison keeps Equal Shares", () => {
    const instance = read("pabulib/Poland_Wieliczka_2023_Green_Budget.pb");
    const result = count({ ...instance, ...ruleSpec("equalshares/add1-comparison") });
    // 1,000,000 / 6,586 voters = 151.83..., plus 164 steps of PLN 1 (equalshares.net reports 164 steps)
    expect(result.completion?.history.filter((s) => s.fits).length).toBe(165);
    expect(result.voterBudget?.startsWith("315.83")).toBe(true);
    expect(result.comparison?.kept).toBe("equal-shares");
    expect(result.comparison?.preferEqualShares).toBeGreaterThan(
      result.comparison?.preferGreedy ?? 0,
    );
    // the greedy outcome differs from the official one
    const greedy = count({ ...instance, method: "greedy" });
    expect([...greedy.winners].sort()).not.toEqual(official(instance).sort());
    expect(result.comparison?.greedyWinners).toEqual(greedy.winners);
    // project 24 (5,000 PLN, 720 votes) is funded first, each supporter paying 5000/720
    expect(result.rounds[0]).toMatchObject({
      round: 1,
      project: "24",
      cost: "5000",
      supporters: "720",
    });
    expect(result.rounds[0]?.pricePerSupporter).toBe("6.944444");
    expect(
      result.explanation.some((s) => s.text.includes("Project 24 was funded in round 1")),
    ).toBe(true);
  });

  it("the MES cities' outcomes differ from greedy by votes (the rule mattered)", () => {
    for (const file of ["pabulib/Poland_Swiecie_2023.pb", "pabulib/Netherlands_Assen_2024.pb"]) {
      const instance = read(file);
      const greedy = count({ ...instance, method: "greedy" });
      expect([...greedy.winners].sort()).not.toEqual(official(instance).sort());
    }
  });
});
