/**
 * An exact linear-programme solver: the two-phase simplex method on a dense tableau of bigint
 * rationals, with Bland's rule (the lowest-index entering and leaving variables), which cannot
 * cycle (Bland 1977), so it always ends. Dantzig's textbook method (Chvátal, *Linear Programming*,
 * 1983, ch. 2-3 and 8): phase 1 minimises the sum of artificial variables, one per `=` or `≥` row;
 * if that minimum is positive the programme is infeasible, else phase 2 maximises the objective
 * from the feasible basis found.
 *
 * Exact: every entry is a normalised {@link Rational}; the optimum and the values returned satisfy
 * the constraints exactly. Cost: each pivot updates rows × columns cells; the caller gives a work
 * limit in cell updates and gets `work_limit` past it (the solve stops at once).
 *
 * @internal
 * @module
 */
import * as q from "../rational.js";

type Rational = q.Rational;

/** One constraint: `Σ coefs · x  (kind)  rhs`, with `coefs` as (column, coefficient) pairs. @internal */
export interface LpRow {
  readonly coefs: readonly (readonly [number, Rational])[];
  readonly kind: "<=" | "=" | ">=";
  readonly rhs: Rational;
}

/** `maximise Σ objective · x` subject to `rows`, every variable ≥ 0. @internal */
export interface LinearProgramme {
  readonly columns: number;
  readonly rows: readonly LpRow[];
  readonly objective: readonly (readonly [number, Rational])[];
}

/** What {@link solveExact} finds. @internal */
export type LpResult =
  | { readonly status: "optimal"; readonly values: readonly Rational[]; readonly value: Rational }
  | {
      readonly status: "infeasible";
      /** The least total violation phase 1 reached (positive). */
      readonly shortfall: Rational;
      /** The rows still violated at that point. */
      readonly violated: readonly number[];
    }
  | { readonly status: "unbounded" }
  | { readonly status: "work_limit"; readonly work: number };

/** The cell updates the first pivot alone costs: rows × (columns + slacks + artificials + 1). @internal */
export const tableauCells = (lp: LinearProgramme): number => {
  let extra = 0;
  for (const row of lp.rows) extra += row.kind === "<=" ? 1 : row.kind === "=" ? 1 : 2;
  return lp.rows.length * (lp.columns + extra + 1);
};

/**
 * Solves a linear programme exactly.
 *
 * @param lp - the programme.
 * @param maxWork - the most tableau cell updates.
 * @internal
 */
export const solveExact = (lp: LinearProgramme, maxWork: number): LpResult => {
  const R = lp.rows.length;
  // Columns: originals, then one slack or surplus per inequality, then one artificial per = or ≥.
  let width = lp.columns;
  const slackOf: number[] = [];
  const artificialOf: number[] = [];
  const kinds: ("<=" | "=" | ">=")[] = [];
  const rhs: Rational[] = [];
  const flips: boolean[] = [];
  for (const row of lp.rows) {
    const flip = q.sign(row.rhs) < 0;
    const kind = flip ? (row.kind === "<=" ? ">=" : row.kind === ">=" ? "<=" : "=") : row.kind;
    flips.push(flip);
    kinds.push(kind);
    rhs.push(flip ? q.neg(row.rhs) : row.rhs);
    slackOf.push(kind === "=" ? -1 : width++);
  }
  const firstArtificial = width;
  for (const kind of kinds) artificialOf.push(kind === "<=" ? -1 : width++);
  const W = width + 1; // last cell: the right-hand side
  const T: Rational[][] = [];
  const basis: number[] = [];
  for (let i = 0; i < R; i++) {
    const row = new Array<Rational>(W).fill(q.ZERO);
    for (const [j, a] of (lp.rows[i] as LpRow).coefs)
      row[j] = q.add(row[j] as Rational, flips[i] ? q.neg(a) : a);
    const s = slackOf[i] as number;
    if (s >= 0) row[s] = kinds[i] === "<=" ? q.ONE : q.neg(q.ONE);
    const a = artificialOf[i] as number;
    if (a >= 0) row[a] = q.ONE;
    row[W - 1] = rhs[i] as Rational;
    T.push(row);
    basis.push(a >= 0 ? a : s);
  }
  let work = 0;
  const pivot = (r: number, c: number): boolean => {
    work += R * W;
    if (work > maxWork) return false;
    const row = T[r] as Rational[];
    const p = row[c] as Rational;
    for (let j = 0; j < W; j++)
      if (!q.isZero(row[j] as Rational)) row[j] = q.div(row[j] as Rational, p);
    const rest = [...T.keys()].filter((i) => i !== r);
    for (const i of rest) eliminate(T[i] as Rational[], row, c);
    basis[r] = c;
    return true;
  };
  const eliminate = (target: Rational[], row: readonly Rational[], c: number): void => {
    const f = target[c] as Rational;
    if (q.isZero(f)) return;
    for (let j = 0; j < W; j++) {
      const v = row[j] as Rational;
      if (!q.isZero(v)) target[j] = q.sub(target[j] as Rational, q.mul(f, v));
    }
  };
  // The reduced-cost row of `maximise Σ cost · x`: z_j = -cost_j, made zero on the basis.
  const objectiveRow = (cost: readonly (readonly [number, Rational])[]): Rational[] => {
    const z = new Array<Rational>(W).fill(q.ZERO);
    for (const [j, v] of cost) z[j] = q.sub(z[j] as Rational, v);
    for (let i = 0; i < R; i++) eliminate(z, T[i] as Rational[], basis[i] as number);
    return z;
  };
  // Bland's rule; `allowed` bounds the entering columns. Returns false at the work limit.
  const run = (z: Rational[], allowed: number): "optimal" | "unbounded" | "work_limit" => {
    for (;;) {
      let enter = -1;
      for (let j = 0; j < allowed; j++)
        if (q.sign(z[j] as Rational) < 0) {
          enter = j;
          break;
        }
      if (enter < 0) return "optimal";
      let leave = -1;
      let best: Rational | undefined;
      for (let i = 0; i < R; i++) {
        const a = (T[i] as Rational[])[enter] as Rational;
        if (q.sign(a) <= 0) continue;
        const ratio = q.div((T[i] as Rational[])[W - 1] as Rational, a);
        const cmp = best === undefined ? -1 : q.compare(ratio, best);
        if (cmp < 0 || (cmp === 0 && (basis[i] as number) < (basis[leave] as number))) {
          best = ratio;
          leave = i;
        }
      }
      if (leave < 0) return "unbounded";
      if (!pivot(leave, enter)) return "work_limit";
      eliminate(z, T[leave] as Rational[], enter);
    }
  };
  // Phase 1: maximise −Σ artificials.
  const artificials: [number, Rational][] = [];
  for (const a of artificialOf) if (a >= 0) artificials.push([a, q.neg(q.ONE)]);
  if (artificials.length > 0) {
    const z1 = objectiveRow(artificials);
    const status = run(z1, W - 1);
    if (status === "work_limit") return { status, work };
    const shortfall = q.neg(z1[W - 1] as Rational);
    if (q.sign(shortfall) > 0) {
      const violated: number[] = [];
      for (let i = 0; i < R; i++)
        if (
          (basis[i] as number) >= firstArtificial &&
          q.sign((T[i] as Rational[])[W - 1] as Rational) > 0
        )
          violated.push(artificialOf.indexOf(basis[i] as number));
      return { status: "infeasible", shortfall, violated: violated.sort((a, b) => a - b) };
    }
    // Drive artificials at level zero out of the basis where a real column can replace them.
    for (let i = 0; i < R; i++) {
      if ((basis[i] as number) < firstArtificial) continue;
      const row = T[i] as Rational[];
      let c = -1;
      for (let j = 0; j < firstArtificial; j++)
        if (!q.isZero(row[j] as Rational)) {
          c = j;
          break;
        }
      if (c >= 0 && !pivot(i, c)) return { status: "work_limit", work };
      // else the row is redundant: its artificial stays basic at zero and never enters again.
    }
  }
  const z2 = objectiveRow(lp.objective);
  const status = run(z2, firstArtificial);
  if (status !== "optimal") return status === "work_limit" ? { status, work } : { status };
  const values = new Array<Rational>(lp.columns).fill(q.ZERO);
  for (let i = 0; i < R; i++) {
    const b = basis[i] as number;
    if (b < lp.columns) values[b] = (T[i] as Rational[])[W - 1] as Rational;
  }
  return { status: "optimal", values, value: z2[W - 1] as Rational };
};
