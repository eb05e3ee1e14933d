// Runs before the page is shown (a plain script in the head, so that the page's
// Content-Security-Policy needs no inline script). On a first visit the page already shows the
// intro and the first question, rendered at build time. Until the app has started, this keeps
// what the person does there (an answer, the system's name, a chosen file) for the app to apply,
// and says that the answer is kept. For a returning visitor it marks the page, so that the first
// question of a new assessment is not offered while their saved one opens.
(function () {
  'use strict';
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
      note.textContent = 'Your answer is kept; the next question is on its way.';
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
})();
