/**
 * Loads the optional peer dependency `highs` (the HiGHS solver compiled to WebAssembly) on demand,
 * for the functions that solve linear or integer programmes with it.
 *
 * @internal
 * @module
 */

/** A HiGHS solution, as far as the library reads it. @internal */
export interface HighsSolution {
  readonly Status: string;
  readonly ObjectiveValue: number;
  readonly Columns: Readonly<Record<string, { readonly Primal: number }>>;
}

/** The one-shot HiGHS solver. @internal */
export interface HighsSolver {
  readonly solve: (problem: string, options?: Record<string, unknown>) => HighsSolution;
}

/**
 * Imports a module by a name that bundlers cannot see: a literal `import("highs")` makes esbuild,
 * Rollup and webpack bundle highs (3.9 MB, and Node-only imports in its ES build) into every bundle
 * of co-decide, called or not. Node resolves the name from node_modules at run time; a browser app
 * maps the name `highs` with an import map or its bundler's alias.
 */
const importByName = (name: string): Promise<unknown> =>
  import(/* webpackIgnore: true */ /* @vite-ignore */ name);

/**
 * Loads the HiGHS runtime (what the package's default export resolves to), or `undefined` when it
 * is not installed. Never rejects. The one place co-decide imports `highs`: each caller checks
 * that the runtime has the part of the API it uses. @internal
 */
export const loadHighsRuntime = async (): Promise<unknown> => {
  try {
    const module = (await importByName("highs")) as {
      default: (settings?: unknown) => Promise<unknown>;
    };
    return await module.default();
  } catch {
    return undefined;
  }
};

/** Loads the one-shot HiGHS solver, or `undefined` when it is not installed. Never rejects. @internal */
export const loadHighs = async (): Promise<HighsSolver | undefined> => {
  const highs = (await loadHighsRuntime()) as Partial<HighsSolver> | undefined;
  return typeof highs?.solve === "function" ? (highs as HighsSolver) : undefined;
};

/**
 * The exact rational value of a finite double (every double is a dyadic fraction); `undefined`
 * for NaN and infinities. @internal
 */
export const exactDouble = (x: number): { num: bigint; den: bigint } | undefined => {
  if (!Number.isFinite(x)) return undefined;
  let v = x;
  let den = 1n;
  while (!Number.isInteger(v)) {
    v *= 2;
    den *= 2n;
  }
  return { num: BigInt(v), den };
};
