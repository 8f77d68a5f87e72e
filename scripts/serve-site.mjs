// A tiny static server for the docs site on 127.0.0.1 (`npm run docs:serve [-- PORT]`). The API
// pages and guides open from disk too, but the playground loads ES modules, which browsers refuse
// to load from file://. scripts/site-smoke.mjs serves the site with it.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
};

/** The site's folder: typedoc.json `out`. */
export const siteDir = () => {
  const root = resolve(import.meta.dirname, "..");
  return resolve(root, JSON.parse(readFileSync(join(root, "typedoc.json"), "utf8")).out);
};

/**
 * Serves `dir` on 127.0.0.1 (port 0: any free port). Resolves to the server and its base URL.
 * Only files inside `dir` are served; anything else is 404.
 */
export const serveSite = (dir, port = 0) =>
  new Promise((done) => {
    const base = resolve(dir);
    const server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      let file = resolve(base, `.${path}`);
      if (file !== base && !file.startsWith(base + sep)) file = "";
      if (file !== "" && existsSync(file) && statSync(file).isDirectory()) {
        file = join(file, "index.html");
      }
      if (file === "" || !existsSync(file)) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
        response.end("not found");
        return;
      }
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      createReadStream(file).pipe(response);
    });
    server.listen(port, "127.0.0.1", () => {
      done({ server, url: `http://127.0.0.1:${server.address().port}/` });
    });
  });

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const dir = siteDir();
  if (!existsSync(join(dir, "index.html"))) {
    console.error("serve-site: no site yet; run `npm run docs` first.");
    process.exit(1);
  }
  const { url } = await serveSite(dir, Number(process.argv[2] ?? 8080));
  console.log(
    `Serving the docs site at ${url} (the playground: ${url}playground.html). Ctrl+C stops.`,
  );
}
