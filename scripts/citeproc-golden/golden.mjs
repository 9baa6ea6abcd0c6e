// Render tests/data/golden/items.json with citeproc-js, the CSL reference processor, in every
// run of tests/data/golden/runs.json (a built-in style and a locale), as plain text: the golden
// data tests/test_golden.py compares citekit against. A dev tool: the tests need no Node.
//
//   cd scripts/citeproc-golden && npm ci && node golden.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const CSL = require("citeproc");
const root = new URL("../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");
const data = "src/citekit/styles/data/";
const items = JSON.parse(read("tests/data/golden/items.json"));
const runs = JSON.parse(read("tests/data/golden/runs.json"));
const byId = Object.fromEntries(items.map((item) => [item.id, item]));

const out = { processor: `citeproc-js ${CSL.PROCESSOR_VERSION}`, runs: [] };
for (const { style, locale } of runs) {
  const sys = {
    retrieveLocale: (lang) => {
      try {
        return read(`${data}locales/locales-${lang}.xml`);
      } catch {
        return false; // citeproc-js falls back to en-US
      }
    },
    retrieveItem: (id) => byId[id],
  };
  const engine = new CSL.Engine(sys, read(`${data}styles/${style}.csl`), locale, true);
  engine.setOutputFormat("text");
  engine.updateItems(items.map((item) => item.id));
  const bibliography = engine.bibliography ? engine.makeBibliography() : null;
  const entries = bibliography
    ? bibliography[1].map((entry, n) => ({ id: bibliography[0].entry_ids[n][0], text: entry.trim() }))
    : [];
  // each item cited alone, first time (a fresh engine each, so no ibid or subsequent)
  const citations = items.map((item) => ({ id: item.id, text: citation(item) }));
  out.runs.push({ style, locale, bibliography: entries, citations });
  function citation(item) {
    const one = new CSL.Engine(sys, read(`${data}styles/${style}.csl`), locale, true);
    one.setOutputFormat("text");
    one.updateItems([item.id]);
    return one.makeCitationCluster([{ id: item.id }]);
  }
}
writeFileSync(new URL("tests/data/golden/citeproc-js.json", root), JSON.stringify(out, null, 1) + "\n");
console.log(`${out.runs.length} runs written with ${out.processor}`);
