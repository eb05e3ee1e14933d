// The service worker: keeps this version's files so that the page opens and works offline on
// later visits. A new version installs in the background and waits until the person chooses to
// reload (the page announces it); saved assessments live in the browser's storage, not here, so
// nothing is lost either way.
const VERSION = '__BUILD__';
const CACHE = 'aiact-check-' + VERSION;
const FILES = __FILES__;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('aiact-check-') && k !== CACHE).map((k) => caches.delete(k)))),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page is kept under its own address (each language has one); any other address of
      // the site opens the English page.
      const hit =
        request.mode === 'navigate'
          ? ((await cache.match(request, { ignoreSearch: true })) ?? (await cache.match('./')))
          : await cache.match(request);
      if (hit) return hit;
      // A translation is fetched only by those who choose its language; keep it for offline visits.
      const response = await fetch(request);
      if (response.ok && /\/i18n-[a-z]{2}-[0-9a-f]+\.bin$/.test(new URL(request.url).pathname)) {
        await cache.put(request, response.clone());
      }
      return response;
    }),
  );
});
