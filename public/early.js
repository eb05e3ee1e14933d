// Runs before the page is shown (a plain script in the head, so that the page's
// Content-Security-Policy needs no inline script). First it opens the page in the visitor's
// language: each language has its own page, and if this one is in another language than the
// app would choose, it goes to that one, keeping the query and the fragment (share links).
// On a first visit the page already shows the intro and the first question, rendered at build
// time. Until the app has started, this keeps what the person does there (an answer, the
// system's name, a chosen file) for the app to apply, and says that the answer is kept. For a
// returning visitor it marks the page, so that the first question of a new assessment is not
// offered while their saved one opens.
(function () {
  'use strict';
  if (toOwnLanguage()) return;
  var kept = (self.aiactEarly = { answer: null, name: null, file: null, taken: false });
  try {
    var open = localStorage.getItem('aiact-check.v1.current');
    var saved = open && JSON.parse(localStorage.getItem('aiact-check.v1.assessment.' + open) || 'null');
    if (saved && saved.answers && Object.keys(saved.answers).length > 0) {
      document.documentElement.classList.add('returning');
    }
  } catch (e) {
    // Storage is blocked: as far as this page can tell, a first visit.
  }

  function early(el) {
    return !kept.taken && el && el.closest && el.closest('#app:not(.live)') ? el : null;
  }

  function acknowledge(section, button) {
    section.querySelectorAll('[aria-pressed]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b === button));
    });
    if (!section.querySelector('.early-note')) {
      var note = document.createElement('p');
      note.className = 'early-note';
      note.setAttribute('role', 'status');
      note.setAttribute('data-testid', 'early-note');
      note.textContent = document.documentElement.getAttribute('data-kept') || '';
      section.appendChild(note);
    }
  }

  document.addEventListener('click', function (ev) {
    var button = early(ev.target && ev.target.closest ? ev.target.closest('button') : null);
    var section = button && button.closest('[data-question-id]');
    if (!section) return;
    var q = section.getAttribute('data-question-id');
    if (button.hasAttribute('data-answer')) {
      kept.answer = { q: q, value: button.getAttribute('data-answer') };
    } else if (button.getAttribute('data-testid') === 'continue') {
      var field = section.querySelector('[data-testid=input]');
      var ticked = [].map.call(section.querySelectorAll('input[type=checkbox]:checked'), function (i) {
        return i.value;
      });
      if (field && field.value.trim()) kept.answer = { q: q, value: field.value.trim() };
      else if (ticked.length) kept.answer = { q: q, value: ticked };
      else return;
    } else {
      return;
    }
    acknowledge(section, button);
  }, true);

  document.addEventListener('input', function (ev) {
    if (early(ev.target) && ev.target.id === 'system-name') kept.name = ev.target.value;
  }, true);

  document.addEventListener('change', function (ev) {
    if (early(ev.target) && ev.target.id === 'open-file' && ev.target.files.length) {
      kept.file = ev.target.files[0];
    }
  }, true);

  // The language as the app chooses it (`pick` in src/language.rs, tested on one table): the
  // remembered choice, else the first preferred language of the browser, among English and
  // the translations; then that language's page, unless this is it. Every page decides alike
  // and none goes to its own address, so there is at most one step.
  function toOwnLanguage() {
    var EU = ' bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ';
    var official = function (code) {
      var c = String(code).split(/[-_]/)[0].replace(/[A-Z]/g, function (l) { return l.toLowerCase(); });
      return c && EU.indexOf(' ' + c + ' ') >= 0 ? c : null;
    };
    // A page's `code=./file` list: files beside the page, the first of each language.
    var listed = function (name, root) {
      var out = {};
      var meta = document.querySelector('meta[name=' + name + ']');
      ((meta && meta.content) || '').split(/\s+/).forEach(function (item) {
        var at = item.indexOf('='), code = at > 0 && official(item.slice(0, at)), url = item.slice(at + 1);
        if (code && !(code in out) && (/^\.\/[\w.-]+$/.test(url) ? url.indexOf('..') < 0 : root && url === './')) out[code] = url;
      });
      return out;
    };
    var translations = listed('aiact-translations');
    var offer = function (code) {
      var lang = official(code);
      return lang === 'en' || lang in translations ? lang : null;
    };
    var wanted = null, preferred = navigator.languages || [];
    try {
      var remembered = localStorage.getItem('aiact-check.v1.language');
      wanted = remembered !== null && offer(remembered);
    } catch (e) {
      // Storage is blocked: nothing remembered.
    }
    for (var i = 0; !wanted && i < preferred.length; i++) wanted = offer(preferred[i]);
    wanted = wanted || 'en';
    var pages = listed('aiact-pages', true);
    // The app calls this when the person chooses a language, so that a reload stays in it.
    self.aiactShowLanguage = function (lang) {
      if (lang in pages) history.replaceState(null, '', pages[lang] + location.search + location.hash);
    };
    var target = pages[wanted] && new URL(pages[wanted], location.href);
    if (wanted === document.documentElement.lang || !target || target.pathname === location.pathname) return false;
    target.search = location.search;
    target.hash = location.hash;
    // Hidden meanwhile, so that this page's language never flashes (shown again should the
    // other page not come).
    var root = document.documentElement;
    root.classList.add('moving');
    setTimeout(function () { root.classList.remove('moving'); }, 3000);
    location.replace(target.href);
    return true;
  }
})();
