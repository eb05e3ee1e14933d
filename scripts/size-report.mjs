// Prints raw, gzip (-9) and brotli (q11) sizes of every file in dist/ (or the folder given),
// the total a first visit downloads before the first question shows (everything except the
// content file, which the app fetches after showing it), and the total with the content.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const rows = readdirSync(dir).sort().map((name) => {
  const body = readFileSync(join(dir, name));
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  }).length;
  return { name, raw: body.length, gz, br };
});
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br }), { raw: 0, gz: 0, br: 0 });
const kib = (n) => (n / 1024).toFixed(1);
const line = (label, t) => console.log(`| **${label}** | ${t.raw} (${kib(t.raw)} KiB) | ${t.gz} (${kib(t.gz)} KiB) | ${t.br} (${kib(t.br)} KiB) |`);
console.log('| file | raw bytes | gzip -9 | brotli q11 |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name} | ${r.raw} | ${r.gz} | ${r.br} |`);
line('up to the first question', sum(rows.filter((r) => !/^content-.*\.bin$/.test(r.name))));
line('whole app, with all content', sum(rows));
