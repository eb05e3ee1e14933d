// Prints raw, gzip (-9) and brotli (q11) sizes of every file in dist/ (or the folder given), and
// the totals a visit needs before the first question shows, before an answer to it is handled,
// and for the whole app (see scripts/dist-files.mjs); then the same per language, from that
// language's page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { needed, sizes, total } from './dist-files.mjs';

const dir = process.argv[2] ?? 'dist';
const files = needed(dir);
const kib = (n) => (n / 1024).toFixed(1);
const line = (label, t) => console.log(`| **${label}** | ${t.raw} (${kib(t.raw)} KiB) | ${t.gz} (${kib(t.gz)} KiB) | ${t.br} (${kib(t.br)} KiB) |`);
console.log('| file | raw bytes | gzip -9 | brotli q11 |');
console.log('|---|---:|---:|---:|');
for (const name of files.all) {
  const s = sizes(readFileSync(join(dir, name)));
  console.log(`| ${name} | ${s.raw} | ${s.gz} | ${s.br} |`);
}
line('before the first question is visible', total(dir, files.firstPaint));
line('before an answer to it is handled', total(dir, files.firstAnswer));
line('whole app, with all content', total(dir, files.all));
// Per language: a visit in a language opens that language's page, which fetches its start file
// (the first screen's content and words) before an answer is handled, and later the whole
// translation (counted with the whole app, like the rest of the content); never another
// language's files, but for the English page at the site's address, where a visit may begin.
const pages = files.all.filter((f) => /^index(\.[a-z]{2})?\.html$/.test(f));
const langOf = (page) => (page.match(/^index\.([a-z]{2})\.html$/) ?? [, 'en'])[1];
const ownFile = /^(?:index\.([a-z]{2})\.html|(?:i18n|start)-([a-z]{2})-[0-9a-f]+\.bin)$/;
for (const page of pages) {
  const lang = langOf(page);
  const stages = needed(dir, page);
  const mine = (f) => {
    const m = f.match(ownFile);
    return !m || (m[1] ?? m[2]) === lang;
  };
  line(`${lang}: before the first question is visible`, total(dir, stages.firstPaint));
  line(`${lang}: before an answer is handled`, total(dir, stages.firstAnswer));
  line(`${lang}: whole app`, total(dir, files.all.filter(mine)));
}
