/**
 * Grade distributions for the median-based methods (majority judgment, usual judgment).
 *
 * @internal
 * @module
 */
import { type GradeProfile, NO_GRADE } from "../ballots/profile.js";

/**
 * Each candidate's grade distribution: `weights[c][g]` is the (scaled, whole) weight of voters
 * giving c the grade of index g (0 = the best grade). A missing grade counts as the worst grade
 * (Balinski and Laraki's "to reject"), so every candidate has the same total.
 *
 * @internal
 */
export interface GradeDistributions {
  readonly weights: readonly Float64Array[];
  /** `cumulative[c][g]`: weight of grades of index at most g (as good as g or better). */
  readonly cumulative: readonly Float64Array[];
  readonly total: number;
  readonly grades: number;
}

/**
 * Tallies a graded profile.
 *
 * @internal
 */
export const gradeDistributions = (profile: GradeProfile): GradeDistributions => {
  const n = profile.candidates.length;
  const g = profile.scale.length;
  const weights = Array.from({ length: n }, () => new Float64Array(g));
  let total = 0;
  for (let b = 0; b < profile.ballotCount; b++) {
    const w = profile.counts[b] as number;
    total += w;
    const offset = b * n;
    for (let c = 0; c < n; c++) {
      const grade = profile.grades[offset + c] as number;
      const index = grade === NO_GRADE ? g - 1 : grade;
      const row = weights[c] as Float64Array;
      row[index] = (row[index] as number) + w;
    }
  }
  const cumulative = weights.map((row) => {
    const cum = new Float64Array(g);
    let run = 0;
    for (let i = 0; i < g; i++) {
      run += row[i] as number;
      cum[i] = run;
    }
    return cum;
  });
  return { weights, cumulative, total, grades: g };
};

/**
 * The majority grade (Balinski and Laraki): the best grade that a strict majority gives the
 * candidate or better, i.e. the lower middlemost grade. `-1` when there are no voters.
 *
 * @internal
 */
export const majorityGrade = (cumulative: Float64Array, total: number): number => {
  if (total === 0) return -1;
  for (let i = 0; i < cumulative.length; i++) if (2 * (cumulative[i] as number) > total) return i;
  return cumulative.length - 1;
};

/** The grade at sorted position `i` (0 = the best grade given), from cumulative weights. */
const gradeAt = (cumulative: Float64Array, i: number): number => {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cumulative[mid] as number) > i) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

/**
 * Compares two candidates by their majority values (Balinski and Laraki 2011, ch. 13): the
 * sequence of majority grades met while removing one majority grade at a time; positive when `a`
 * ranks higher. Runs in O(grades) by walking the two distributions' breakpoints outward from the
 * median instead of removing grades one by one. Weights are whole numbers in the count unit, so a
 * fractional count is a fraction of a voter in the same exact sense.
 *
 * @internal
 */
export const compareMajorityValues = (a: Float64Array, b: Float64Array, total: number): number => {
  if (total === 0) return 0;
  const mid = Math.floor(total / 2);
  const ga = gradeAt(a, mid);
  const gb = gradeAt(b, mid);
  if (ga !== gb) return gb - ga;
  const breaks = [...new Set([...a, ...b])].sort((x, y) => x - y);
  // Better side: positions mid-1 down to 0; find the first distance where the grades differ.
  let better = Number.POSITIVE_INFINITY;
  let hi = mid;
  for (let k = breaks.length - 1; k >= -1 && hi > 0; k--) {
    const lo = k >= 0 ? Math.max(0, breaks[k] as number) : 0;
    if (lo >= hi) continue;
    if (gradeAt(a, hi - 1) !== gradeAt(b, hi - 1)) {
      better = mid - (hi - 1);
      break;
    }
    hi = lo;
  }
  // Worse side: positions mid+1 up to total-1.
  let worse = Number.POSITIVE_INFINITY;
  let lo = mid + 1;
  for (let k = 0; k <= breaks.length && lo < total; k++) {
    const next = k < breaks.length ? Math.min(total, breaks[k] as number) : total;
    if (next <= lo) continue;
    if (gradeAt(a, lo) !== gradeAt(b, lo)) {
      worse = lo - mid;
      break;
    }
    lo = next;
  }
  if (better === Number.POSITIVE_INFINITY && worse === Number.POSITIVE_INFINITY) return 0;
  // Removal order: with an even total the better side goes first at each distance, else the worse.
  const even = total % 2 === 0;
  const betterFirst = even ? better <= worse : better < worse;
  const position = betterFirst ? mid - better : mid + worse;
  return gradeAt(b, position) - gradeAt(a, position);
};
