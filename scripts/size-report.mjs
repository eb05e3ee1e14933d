// Prints raw, gzip (-9) and brotli (q11) sizes of every file in dist/ (or the folder given), and
// the totals a visit needs before the first question shows, before an answer to it is handled,
// and for the whole app (see scripts/dist-files.mjs); then the same per language.
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
// Per language: a visit in a language also fetches that language's translation (counted here
// as needed before the first answer, as a visitor reads the question in it), and never another.
const translations = files.all.filter((f) => /^i18n-[a-z]{2}-/.test(f));
const langs = ['en', ...translations.map((f) => f.slice(5, 7))];
for (const lang of langs) {
  const own = translations.filter((f) => f.startsWith(`i18n-${lang}-`));
  line(`${lang}: before an answer is handled`, total(dir, [...files.firstAnswer, ...own]));
  line(`${lang}: whole app`, total(dir, files.all.filter((f) => !translations.includes(f) || own.includes(f))));
}
