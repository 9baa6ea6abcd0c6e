// Render tests/data/golden/items.json with citeproc-js in every .csl style of a folder, each in
// its own default locale, as plain text: what benchmarks/styles_extra.py compares citekit
// against. Locales come from citekit's own data (the same ones citekit has); a style that
// citeproc-js cannot load is recorded with its error. A style with no default-locale is given
// the language citekit gives it, from LANGUAGES.json (style file -> locale, written by
// benchmarks/styles_extra.py), so that both engines write the same language. A dev tool: the
// tests need no Node.
//
//   cd scripts/citeproc-golden && npm ci
//   node styles-dir.mjs ../../../shared/csl/styles-extra out.json [languages.json]
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

const require = createRequire(import.meta.url);
const CSL = require("citeproc");
const root = new URL("../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");
const [dir, outPath, langsPath] = process.argv.slice(2);
if (!dir || !outPath) {
  console.error("usage: node styles-dir.mjs STYLES_DIR OUT.json [LANGUAGES.json]");
  process.exit(2);
}
const items = JSON.parse(read("tests/data/golden/items.json"));
const byId = Object.fromEntries(items.map((item) => [item.id, item]));
// the language citekit gives each style without default-locale (benchmarks/styles_extra.py)
const languages = langsPath ? JSON.parse(readFileSync(langsPath, "utf8")) : {};
const sys = {
  retrieveLocale: (lang) => {
    try {
      return read(`src/citekit/styles/data/locales/locales-${lang}.xml`);
    } catch {
      return false; // citeproc-js falls back to en-US
    }
  },
  retrieveItem: (id) => byId[id],
};

const out = { processor: `citeproc-js ${CSL.PROCESSOR_VERSION}`, styles: [] };
const files = readdirSync(dir).filter((name) => name.endsWith(".csl")).sort();
for (const [n, file] of files.entries()) {
  process.stderr.write(`${n + 1}/${files.length} ${file}\n`);
  const xml = readFileSync(join(dir, file), "utf8");
  const result = { style: file, bibliography: [], citations: [] };
  try {
    const lang = languages[file];
    if (lang) result.lang = lang;
    const engine = new CSL.Engine(sys, xml, lang);
    engine.setOutputFormat("text");
    engine.updateItems(items.map((item) => item.id));
    const bibliography = engine.bibliography ? engine.makeBibliography() : null;
    let ids = bibliography ? bibliography[0].entry_ids.map((entry) => entry[0]) : [];
    if (bibliography && ids.length !== bibliography[1].length) {
      // citeproc-js leaves out an entry that prints nothing but keeps its id: drop those ids
      ids = ids.filter((id) => {
        engine.updateItems([id]);
        return engine.makeBibliography()[1].length > 0;
      });
    }
    result.bibliography = bibliography
      ? bibliography[1].map((entry, n) => ({ id: ids[n], text: entry.trim() }))
      : [];
    // each item cited alone, first time: the registry holds that item only, and
    // makeCitationCluster tracks no positions (as a fresh engine per item, 20x faster)
    for (const item of items) {
      engine.updateItems([item.id]);
      result.citations.push({ id: item.id, text: engine.makeCitationCluster([{ id: item.id }]) });
    }
  } catch (error) {
    result.error = String(error && error.message ? error.message : error).split("\n")[0];
  }
  out.styles.push(result);
}
writeFileSync(outPath, JSON.stringify(out, null, 1) + "\n");
console.log(`${out.styles.length} styles written with ${out.processor}`);
