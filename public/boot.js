// Starts the WebAssembly app. Kept in a file so that the page's Content-Security-Policy needs no inline script.
import init from './__APP__.js';

init({ module_or_path: new URL('./__APP___bg.wasm', import.meta.url) }).catch((err) => {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = 'AI Act Check could not start in this browser (' + err + '). It needs a browser with WebAssembly.';
  document.body.append(p);
});
