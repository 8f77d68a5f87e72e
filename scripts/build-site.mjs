// Completes the docs site that typedoc wrote (typedoc.json `out`) with the playground:
// playground.html, its script (docs/playground/*.ts compiled by esbuild, `co-decide` left as an
// import) and a copy of the package's ES module build from dist/ with the modules it imports
// (fp-ts's ES build, zod, @noble/hashes), wired by an import map. No bundler runs at view time and
// nothing is loaded from the network: every file the page needs is in the site.
//
// Run by `npm run docs` after `npm run build:quiet` and typedoc.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const site = resolve(root, JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")).out);
const dist = join(root, "dist");
const lib = join(site, "playground", "lib");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

if (!existsSync(join(dist, "index.js"))) {
  console.error("build-site: dist/index.js is missing; run `npm run build:quiet` first.");
  process.exit(1);
}
if (!existsSync(join(site, "index.html"))) {
  console.error(`build-site: ${relative(root, site)}/index.html is missing; run typedoc first.`);
  process.exit(1);
}

/** Whether a path is a file. */
const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** Posix form of a path, for URLs. */
const posix = (path) => path.split(sep).join("/");

/** The target of a package.json `exports` entry under the ES module conditions. */
const conditional = (target) => {
  if (typeof target === "string" || target === null) return target;
  for (const condition of ["browser", "import", "module", "default"]) {
    if (condition in target) return conditional(target[condition]);
  }
  return null;
};

/** Resolves a bare specifier from node_modules: `zod/mini`, `@noble/hashes/sha2.js`, `#fp-ts/x`. */
const resolveBare = (specifier) => {
  if (specifier.startsWith("#")) {
    // The package's own `imports` (`#fp-ts/*`): the `module` condition is fp-ts's ES build.
    for (const [pattern, target] of Object.entries(pkg.imports ?? {})) {
      const prefix = pattern.replace(/\*$/, "");
      if (!specifier.startsWith(prefix)) continue;
      const mapped = target.module ?? conditional(target);
      return resolveBare(mapped.replace("*", specifier.slice(prefix.length)));
    }
    return null;
  }
  const parts = specifier.split("/");
  const name = specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
  const subpath = `.${specifier.slice(name.length)}`;
  const base = join(root, "node_modules", name);
  if (!existsSync(join(base, "package.json"))) return null;
  const manifest = JSON.parse(readFileSync(join(base, "package.json"), "utf8"));
  let target = null;
  if (manifest.exports) {
    const exports =
      typeof manifest.exports === "string" || "." in manifest.exports === false
        ? { ".": manifest.exports }
        : manifest.exports;
    target = conditional(exports[subpath] ?? null);
  }
  if (target === null) {
    target = subpath === "." ? (manifest.module ?? manifest.main ?? "index.js") : subpath;
  }
  const file = join(base, target);
  if (isFile(file)) return file;
  return isFile(`${file}.js`) ? `${file}.js` : null;
};

/** Where a file of dist/ or node_modules/ goes in the site. */
const destination = (file) => {
  if (file.startsWith(dist + sep)) return join(lib, "co-decide", relative(dist, file));
  const modules = join(root, "node_modules") + sep;
  if (file.startsWith(modules)) return join(lib, relative(modules, file));
  throw new Error(`build-site: ${file} is neither in dist/ nor in node_modules/`);
};

/** The site URL of a copied file, relative to the site root (where playground.html is). */
const siteUrl = (file) => `./${posix(relative(site, destination(file)))}`;

const IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;
const NODE = new Set(builtinModules);

/**
 * The modules an entry file reaches, with the import map entries they need: bare specifiers
 * (`zod/mini`), and relative imports written without `.js` (fp-ts's ES build), which a browser
 * would otherwise fetch as extensionless URLs. `node` is true if any of them imports a Node module.
 */
const closure = (entry) => {
  const files = new Set();
  const imports = {};
  let node = false;
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(file, "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith("node:") || NODE.has(specifier.split("/")[0])) {
        node = true;
        continue;
      }
      if (specifier.startsWith(".")) {
        const target = resolve(dirname(file), specifier);
        if (isFile(target)) {
          visit(target);
        } else if (isFile(`${target}.js`)) {
          imports[siteUrl(target).replace(/\.js$/, "")] = siteUrl(`${target}.js`);
          imports[siteUrl(target)] = siteUrl(`${target}.js`);
          visit(`${target}.js`);
        } else {
          throw new Error(`build-site: ${file} imports ${specifier}, which is not a file`);
        }
        continue;
      }
      const target = resolveBare(specifier);
      // Optional peers loaded on demand (`highs`) are left out: the methods that need them say so.
      if (target === null) continue;
      imports[specifier] = siteUrl(target);
      visit(target);
    }
  };
  visit(entry);
  return { files, imports, node };
};

// Every subpath of the package whose build reaches no Node module (the root, co-decide/voting,
// ...; not co-decide/node or a CLI) goes into the site, under its own name.
rmSync(join(site, "playground"), { recursive: true, force: true });
const imports = {};
const files = new Set();
const left = [];
for (const [subpath, target] of Object.entries(pkg.exports)) {
  const entry = conditional(target?.import ?? target);
  if (typeof entry !== "string" || !entry.endsWith(".js")) continue;
  const reached = closure(join(root, entry));
  const name = subpath === "." ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
  if (reached.node) {
    left.push(name);
    continue;
  }
  imports[name] = siteUrl(join(root, entry));
  Object.assign(imports, reached.imports);
  for (const file of reached.files) files.add(file);
}
for (const file of files) {
  mkdirSync(dirname(destination(file)), { recursive: true });
  copyFileSync(file, destination(file));
}
// The licences of the copied packages go with them.
for (const name of ["fp-ts", "zod", "@noble/hashes"]) {
  const licence = join(root, "node_modules", name, "LICENSE");
  if (existsSync(licence) && existsSync(join(lib, name))) {
    copyFileSync(licence, join(lib, name, "LICENSE"));
  }
}
copyFileSync(join(root, "LICENSE"), join(lib, "co-decide", "LICENSE"));

// The page's script: count.ts and playground.ts as one module that imports `co-decide`.
const source = join(root, "docs", "playground");
await build({
  entryPoints: [join(source, "playground.ts")],
  outfile: join(site, "playground", "playground.js"),
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  logLevel: "error",
  plugins: [
    {
      name: "library-as-co-decide",
      setup(esbuild) {
        esbuild.onResolve({ filter: /\/src\/index\.js$/ }, () => ({
          path: pkg.name,
          external: true,
        }));
      },
    },
  ],
});
copyFileSync(join(source, "playground.css"), join(site, "playground", "playground.css"));

const sorted = Object.fromEntries(Object.entries(imports).sort(([a], [b]) => (a < b ? -1 : 1)));
const map = JSON.stringify({ imports: sorted }, null, 2).replace(/\n/g, "\n    ");
const html = readFileSync(join(source, "playground.html"), "utf8").replace(
  /<!-- import map: .* -->/,
  `<script type="importmap">\n    ${map}\n    </script>`,
);
if (!html.includes('type="importmap"')) throw new Error("build-site: no import map slot");
writeFileSync(join(site, "playground.html"), html);

console.log(
  `build-site: playground.html with ${files.size} modules (${Object.keys(sorted).length} import map entries)` +
    (left.length > 0 ? `; Node-only subpaths left out: ${left.join(", ")}` : ""),
);
