/**
 * Ballot file formats: PrefLib (`soc`, `soi`, `toc`, `toi`, `cat`), BLT and CSV, each with a
 * reader and a writer. Re-exported by `co-decide/ballots`.
 *
 * @module
 */
export type { BltElection, BltWriteOptions } from "./blt.js";
export type { CsvLayout, CsvReadOptions, CsvWriteOptions } from "./csv.js";
export { GRID_HEADER } from "./csv-forms.js";
export type { PreflibFormat, PreflibWriteOptions } from "./preflib.js";
export {
  type ParseProfileOptions,
  type ProfileFormat,
  parseBlt,
  parseProfile,
  type WriteProfileOptions,
  writeBlt,
  writeProfile,
} from "./profile-formats.js";
