// Starts the WebAssembly app, then the service worker that keeps this version for offline
// visits and announces a new one. A file rather than an inline script, so that the page's
// Content-Security-Policy needs none.
import init from './__APP__.js';

init({ module_or_path: new URL('./__APP___bg.wasm', import.meta.url) }).then(
  () => (document.readyState === 'complete' ? later() : addEventListener('load', later)),
  (err) => {
    const p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = 'AI Act Check could not start in this browser (' + err + '). It needs a browser with WebAssembly.';
    document.body.append(p);
  },
);

// After the first screen's own downloads, so that keeping the files never competes with them.
function later() {
  setTimeout(worker, 1000);
}

function worker() {
  if (!('serviceWorker' in navigator)) return;
  let accepted = false;
  const announce = () => {
    self.aiactUpdateReady = true;
    dispatchEvent(new Event('aiact-update'));
  };
  // Called by the app when the person chooses to reload into the new version.
  self.aiactApplyUpdate = async () => {
    accepted = true;
    const reg = await navigator.serviceWorker.getRegistration();
    if (reg && reg.waiting) reg.waiting.postMessage('skip-waiting');
    else location.reload();
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  navigator.serviceWorker
    .register('./sw.js')
    .then((reg) => {
      const watch = (w) =>
        w &&
        w.addEventListener('statechange', () => {
          if (w.state === 'installed' && navigator.serviceWorker.controller) announce();
        });
      if (reg.waiting && navigator.serviceWorker.controller) announce();
      watch(reg.installing);
      reg.addEventListener('updatefound', () => watch(reg.installing));
      // A tab left open hears of new versions too.
      setInterval(() => reg.update().catch(() => {}), 60 * 60 * 1000);
    })
    .catch(() => {
      // No offline copy: the page works as before.
    });
}
