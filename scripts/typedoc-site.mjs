// A local TypeDoc plugin for the docs site (typedoc.json `plugin`).
//
// - Documents the root entry last, so that its names are filed under the subpaths they come from.
// - Warns (an error under `treatWarningsAsErrors`) when an export of a subpath falls in no
//   `@category`: TypeDoc files it under the `defaultCategory` ("Other"), and the sidebar, grouped by
//   subpath and category, would grow a catch-all.
// - Puts a link to the playground (`playground.html`, written next to the API pages by
//   scripts/build-site.mjs) at the top of every page's sidebar, relative to the page.
import { Application, Converter, JSX, ReflectionCategory, ReflectionKind } from "typedoc";

/** The category a reflection is filed under in its parent, if any. */
const categoryOf = (reflection) =>
  reflection.parent?.categories?.find((category) => category.children.includes(reflection))?.title;

/**
 * A re-export (a reference, e.g. `MAX_ISSUES` re-exported by `co-decide/ballots` from
 * `co-decide/core`) carries no comment of its own, so TypeDoc files it under the default category:
 * file it under its target's category instead.
 */
const fileReferences = (project, fallback) => {
  for (const module of project.getReflectionsByKind(ReflectionKind.SomeModule)) {
    const other = module.categories?.find((category) => category.title === fallback);
    if (!other) continue;
    for (const child of [...other.children]) {
      if (!child.isReference()) continue;
      const title = categoryOf(child.tryGetTargetReflectionDeep() ?? child);
      if (title === undefined || title === fallback) continue;
      let category = module.categories.find((candidate) => candidate.title === title);
      if (!category) {
        category = new ReflectionCategory(title);
        module.categories.push(category);
      }
      category.children.push(child);
      other.children.splice(other.children.indexOf(child), 1);
    }
    module.categories = module.categories.filter((category) => category.children.length > 0);
    module.categories.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  }
};

/** @param {import("typedoc").Application} app */
export function load(app) {
  // The root entry re-exports every subpath. TypeDoc documents a symbol under the first entry point
  // that exports it and makes the later ones references ("Re-exports"), so the root goes last,
  // whatever order typedoc.json lists the entry points in.
  // (Options are read again after plugins load, so this waits for the end of the bootstrap.)
  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const entryPoints = app.options.getValue("entryPoints");
    const isRoot = (entry) => /(^|[\\/])src[\\/]index\.ts$/.test(entry);
    app.options.setValue("entryPoints", [
      ...entryPoints.filter((entry) => !isRoot(entry)),
      ...entryPoints.filter(isRoot),
    ]);
  });

  // After TypeDoc's own categorisation (priority -200).
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => fileReferences(context.project, app.options.getValue("defaultCategory")),
    -300,
  );
  app.on(Application.EVENT_VALIDATE_PROJECT, (project) => {
    const fallback = app.options.getValue("defaultCategory");
    const modules = project.getReflectionsByKind(ReflectionKind.Module);
    for (const module of modules) {
      // Pages are filed under the name a module is imported by (`@module co-decide/voting`).
      if (module.name !== "co-decide" && !module.name.startsWith("co-decide/")) {
        app.logger.warn(
          `${module.name}: name the module by its import path (@module co-decide/...)`,
        );
      }
      const other = module.categories?.find((category) => category.title === fallback);
      if (!other) continue;
      const names = other.children.map((child) => child.name).join(", ");
      app.logger.warn(`${module.name}: no @category on ${names}`);
    }
  });

  app.renderer.hooks.on("sidebar.begin", (context) =>
    JSX.createElement(
      "nav",
      { class: "tsd-navigation site-links", "aria-label": "Site" },
      JSX.createElement("a", { href: context.relativeURL("playground.html") }, "Playground"),
    ),
  );
}
