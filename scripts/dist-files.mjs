// Which files of a release build a visit needs, and when: read from the build's page
// (index.html, or the page of another language, index.<lang>.html).
// - `firstPaint`: the page and what blocks its first paint (stylesheets, classic scripts in the
//   head); if the page does not contain the first question, everything the app needs to show it.
// - `firstAnswer`: also the module scripts, the main wasm module and the page's start file,
//   which handle an answer (not the files fetched later, at low priority or on demand).
// - `all`: every file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export function sizes(buf) {
  return {
    raw: buf.length,
    gz: gzipSync(buf, { level: 9 }).length,
    br: brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length,
  };
}

export function needed(dist, page = 'index.html') {
  const html = readFileSync(join(dist, page), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const attr = (tag, name) => (tag.match(new RegExp(`${name}="([^"]*)"`)) ?? [])[1];
  const file = (url) => url.replace(/^\.\//, '').replace(/\?.*$/, '');
  const blocking = [page];
  const module = [];
  for (const t of [...head.matchAll(/<(link|script)\b[^>]*>/g)].map((m) => m[0])) {
    const rel = attr(t, 'rel');
    if (t.startsWith('<link') && rel === 'stylesheet') blocking.push(file(attr(t, 'href')));
    else if (t.startsWith('<script') && attr(t, 'src')) (attr(t, 'type') === 'module' ? module : blocking).push(file(attr(t, 'src')));
    else if (t.startsWith('<link') && rel === 'modulepreload') module.push(file(attr(t, 'href')));
    else if (t.startsWith('<link') && rel === 'preload' && attr(t, 'fetchpriority') !== 'low') module.push(file(attr(t, 'href')));
  }
  const uniq = (l) => [...new Set(l)];
  const firstAnswer = uniq([...blocking, ...module]);
  const prerendered = html.includes('data-testid="question-text"');
  return {
    firstPaint: prerendered ? uniq(blocking) : firstAnswer,
    firstAnswer,
    all: readdirSync(dist).sort(),
  };
}

/** Sums the sizes of `files` in `dist`. */
export function total(dist, files) {
  return files.map((f) => sizes(readFileSync(join(dist, f))))
    .reduce((t, s) => ({ raw: t.raw + s.raw, gz: t.gz + s.gz, br: t.br + s.br }), { raw: 0, gz: 0, br: 0 });
}
