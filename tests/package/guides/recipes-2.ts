import { formatDecideError } from "../../../src/core/index.js";
import { decide } from "../../../src/voting/index.js";

// main.ts of a page built by Vite, esbuild, webpack or Parcel: the same imports as in Node.
export function showWinner(output: HTMLElement, ballots: readonly string[]): void {
  const result = decide({ method: "irv", candidates: ["Ann", "Bob", "Cy"], ballots });
  output.textContent =
    result._tag === "Right"
      ? `Elected: ${result.right.winners.join(", ")}`
      : formatDecideError(result.left);
}
