// citeproc-js's time to format a bibliography: node bench.mjs STYLE ITEMS.json [LOCALE]
// Prints the median of 3 runs in seconds (engine made, items registered, bibliography made).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const CSL = require("citeproc");
const root = new URL("../../", import.meta.url);
const [style, itemsPath, locale = "en-US"] = process.argv.slice(2);
const xml = readFileSync(new URL(`src/citekit/styles/data/styles/${style}.csl`, root), "utf8");
const items = JSON.parse(readFileSync(itemsPath, "utf8"));
const byId = Object.fromEntries(items.map((item) => [item.id, item]));
const sys = {
  retrieveLocale: (lang) => {
    try {
      return readFileSync(new URL(`src/citekit/styles/data/locales/locales-${lang}.xml`, root), "utf8");
    } catch {
      return false;
    }
  },
  retrieveItem: (id) => byId[id],
};
const times = [];
let count = 0;
for (let run = 0; run < 3; run++) {
  const start = process.hrtime.bigint();
  const engine = new CSL.Engine(sys, xml, locale, true);
  engine.setOutputFormat("text");
  engine.updateItems(items.map((item) => item.id));
  count = engine.makeBibliography()[1].length;
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ seconds: times[1], entries: count }));
