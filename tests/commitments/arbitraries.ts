/**
 * fast-check arbitraries for ledgers: valid ledgers built by walking the state machine, so that
 * every generated ledger replays.
 */
import fc from "fast-check";
import {
  type CommitmentStatus,
  type LedgerEvent,
  nextStatus,
  TRANSITIONS,
} from "../../src/commitments/index.js";

const TYPES = Object.keys(TRANSITIONS) as (keyof typeof TRANSITIONS)[];
const OWNERS = ["Housing", "Parks", "__proto__", "Youth club"];
const PARTIES = ["authority", "community", "funder"];

const pad = (n: number): string => String(n).padStart(2, "0");
/** Day k after 2024-01-01, as an ISO date (UTC); the arbitrary keeps k small. */
const isoDay = (k: number): string => {
  const date = new Date(Date.UTC(2024, 0, 1) + k * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
};

interface Step {
  readonly pick: number;
  readonly type: number;
  readonly advance: number;
  readonly create: boolean;
  readonly percent: number;
  readonly dueIn: number;
  readonly withDue: boolean;
  readonly dateTime: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(1000),
  type: fc.nat(TYPES.length - 1),
  advance: fc.nat(20),
  create: fc.boolean(),
  percent: fc.integer({ min: 0, max: 100 }),
  dueIn: fc.nat(200),
  withDue: fc.boolean(),
  dateTime: fc.boolean(),
});

/** Builds a valid ledger from steps: illegal steps are skipped. */
export const buildLedger = (steps: readonly Step[]): LedgerEvent[] => {
  const events: LedgerEvent[] = [];
  const open: { id: string; status: CommitmentStatus; before: CommitmentStatus; owner: string }[] =
    [];
  let day = 0;
  for (const step of steps) {
    day += step.advance;
    const seq = events.length + 1;
    const at = step.dateTime ? `${isoDay(day)}T12:00:00Z` : isoDay(day);
    if (step.create || open.length === 0) {
      const id = `c${open.length}`;
      const owner = OWNERS[step.pick % OWNERS.length] as string;
      events.push({
        id: `e${seq}`,
        seq,
        at,
        type: "committed",
        commitment: {
          id,
          title: `Commitment ${id}`,
          owner,
          party: PARTIES[step.pick % PARTIES.length] as string,
          madeAt: isoDay(day),
          ...(step.withDue ? { dueAt: isoDay(day + step.dueIn) } : {}),
        },
      });
      open.push({ id, status: "committed", before: "committed", owner });
      continue;
    }
    const c = open[step.pick % open.length] as (typeof open)[number];
    const type = TYPES[step.type] as (typeof TYPES)[number];
    const status = nextStatus(c.status, type, c.before);
    if (status === undefined) continue;
    const common = { id: `e${seq}`, seq, at, commitmentId: c.id };
    let event: LedgerEvent;
    switch (type) {
      case "progressed":
        event = { ...common, type, percent: step.percent };
        break;
      case "milestone-reached":
        continue;
      case "verified":
        event = { ...common, type, actor: `not ${c.owner}` };
        break;
      case "renegotiated":
        event = { ...common, type, dueAt: isoDay(day + step.dueIn), reason: "changed" };
        break;
      case "withdrawn":
        event = { ...common, type, reason: "dropped" };
        break;
      case "noted":
        event = { ...common, type, note: `note ${seq}` };
        break;
      default:
        event = { ...common, type };
    }
    if (status === "missed" && c.status !== "missed") c.before = c.status;
    if (status !== "missed") c.before = status;
    c.status = status;
    events.push(event);
  }
  return events;
};

/** A valid ledger of up to `maxSteps` steps. */
export const ledgerArb = (maxSteps = 40): fc.Arbitrary<LedgerEvent[]> =>
  fc.array(stepArb, { maxLength: maxSteps }).map(buildLedger);

/**
 * Values near a valid event: an event of a generated ledger with one field changed to any JSON
 * value, or removed (an unknown key sometimes), or any JSON value at all.
 */
export const eventishArb = (maxSteps: number): fc.Arbitrary<unknown> =>
  fc.oneof(
    ledgerArb(maxSteps).chain((events) =>
      events.length === 0
        ? fc.constant<unknown>({})
        : fc
            .tuple(fc.nat(events.length - 1), fc.string(), fc.jsonValue(), fc.boolean())
            .map(([k, key, value, remove]) => {
              const event = { ...(events[k] as object) } as Record<string, unknown>;
              const keys = Object.keys(event);
              const target = keys.length > 0 && key.length < 2 ? (keys[key.length] ?? key) : key;
              if (remove) delete event[target];
              else event[target] = value;
              return event;
            }),
    ),
    fc.jsonValue(),
  );
