/**
 * The real election files under `tests/fixtures/data/` (PrefLib, BLT, pabulib), read by path relative
 * to that folder, e.g. `dataText("preflib/debian/00002-00000001.soi")`. Each folder's README.md gives
 * the source, citation and terms; a test that reads a file cites it too.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const DATA = new URL("../fixtures/data/", import.meta.url);

/** The file system path of a file or folder under `tests/fixtures/data/`. */
export const dataPath = (path: string): string => fileURLToPath(new URL(path, DATA));

/** The text of a file under `tests/fixtures/data/`. */
export const dataText = (path: string): string => readFileSync(new URL(path, DATA), "utf8");

/** The files of a folder under `tests/fixtures/data/` whose names end with `suffix`, sorted. */
export const dataFiles = (folder: string, suffix: string): string[] =>
  readdirSync(dataPath(folder))
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => `${folder}${name}`);
