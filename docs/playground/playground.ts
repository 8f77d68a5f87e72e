/**
 * The playground page: wires the form of playground.html to the count in count.ts. The library
 * is the package's ES module build: scripts/build-site.mjs compiles this file with `co-decide`
 * in place of the source import below, and the page's import map points `co-decide` at the copy
 * of dist/ in the site.
 */
import * as lib from "../../src/index.js";
import {
  type BallotFormat,
  type CountResult,
  CSV_LAYOUTS,
  count,
  EXAMPLES,
  FORMATS,
  methodChoices,
  renderViews,
} from "./count.js";

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`playground.html has no #${id}`);
  return found as T;
};

const form = element<HTMLFormElement>("count-form");
const ballots = element<HTMLTextAreaElement>("ballots");
const format = element<HTMLSelectElement>("format");
const csvLayoutField = element<HTMLDivElement>("csv-layout-field");
const csvLayout = element<HTMLSelectElement>("csv-layout");
const method = element<HTMLSelectElement>("method");
const seatsField = element<HTMLDivElement>("seats-field");
const seats = element<HTMLInputElement>("seats");
const options = element<HTMLInputElement>("options");
const summary = element<HTMLParagraphElement>("method-summary");
const countButton = element<HTMLButtonElement>("count");

const option = (value: string, text: string): HTMLOptionElement => {
  const item = document.createElement("option");
  item.value = value;
  item.textContent = text;
  return item;
};

for (const [value, text] of FORMATS) format.append(option(value, text));
for (const [value, text] of CSV_LAYOUTS) csvLayout.append(option(value, text));

const methods = methodChoices(lib);
method.replaceChildren();
const groups = [
  ["One winner", methods.filter((m) => m.multiSeat !== true)],
  ["Several seats", methods.filter((m) => m.multiSeat === true)],
] as const;
for (const [label, list] of groups) {
  const group = document.createElement("optgroup");
  group.label = label;
  for (const m of list) group.append(option(m.id, `${m.name} (${m.id})`));
  method.append(group);
}
method.value = "schulze";
method.disabled = false;
countButton.disabled = false;

const chosen = () => methods.find((m) => m.id === method.value);

const showFields = (): void => {
  const m = chosen();
  const multi = m?.multiSeat === true;
  seatsField.hidden = !multi;
  seats.disabled = !multi;
  csvLayoutField.hidden = format.value !== "csv";
  summary.textContent = m ? `${m.name}: ${m.summary} Ballots: ${m.ballotKind}.` : "";
};
method.addEventListener("change", showFields);
format.addEventListener("change", showFields);
showFields();

const show = (id: string, visible: boolean): void => {
  element(id).hidden = !visible;
};

const list = (id: string, items: readonly string[]): void => {
  element(id).replaceChildren(
    ...items.map((text) => {
      const item = document.createElement("li");
      item.textContent = text;
      return item;
    }),
  );
};

const render = (result: CountResult): void => {
  show("error", !result.ok);
  show("result", result.ok);
  element("status").textContent = result.ok
    ? `Counted: ${result.outcome.winners.join(", ") || "no winner"}.`
    : ""; // the error block is an alert, announced on its own
  show("markdown", false);
  show("chart", false);
  if (!result.ok) {
    element("error-text").textContent = result.message;
    return;
  }
  const { outcome } = result;
  element("winners").textContent = outcome.winners.length > 0 ? outcome.winners.join(", ") : "none";
  const ranking = outcome.ranking ?? [];
  show("ranking-line", ranking.length > 0);
  element("ranking").textContent = ranking.map((tier) => tier.join(" = ")).join(" > ");
  show("tie-breaks-block", outcome.tieBreaks.length > 0);
  list(
    "tie-breaks",
    outcome.tieBreaks.map((tie) => JSON.stringify(tie)),
  );
  list(
    "explanation",
    outcome.explanation.map((step) => step.text),
  );

  const views = renderViews(lib, outcome);
  if (views.markdown !== undefined) {
    element("markdown-view").textContent = views.markdown;
    show("markdown", true);
  }
  if (views.svg !== undefined) {
    // As an image, so that nothing in the SVG can run; its <title> is the image's text.
    const parsed = new DOMParser().parseFromString(views.svg, "image/svg+xml");
    const image = document.createElement("img");
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(views.svg)}`;
    image.alt = parsed.querySelector("title")?.textContent ?? "Chart of the result";
    element("chart-view").replaceChildren(image);
    show("chart", true);
  }
};

const run = (): void => {
  const seatCount = seats.value.trim() === "" ? undefined : Number(seats.value);
  const result = count(lib, {
    text: ballots.value,
    format: format.value as BallotFormat | "auto",
    method: method.value,
    seats: seats.disabled ? undefined : seatCount,
    options: options.value,
    csvLayout: csvLayout.value as (typeof CSV_LAYOUTS)[number][0],
  });
  render(result);
  (result.ok ? element("result-heading") : element("error")).scrollIntoView({ block: "nearest" });
};

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
ballots.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    run();
  }
});

for (const button of document.querySelectorAll<HTMLButtonElement>("[data-example]")) {
  button.addEventListener("click", () => {
    const example = EXAMPLES[button.dataset["example"] ?? ""];
    if (example === undefined) return;
    ballots.value = example.text;
    format.value = example.format;
    method.value = example.method;
    seats.value = example.seats === undefined ? "" : String(example.seats);
    options.value = "";
    showFields();
    ballots.focus();
  });
}

document.documentElement.dataset["ready"] = "true";
