// Template Library: progressive enhancement only; every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  function submitForm(element) {
    var form = element.form;
    if (!form) { return; }
    if (typeof form.requestSubmit === 'function') { form.requestSubmit(); } else { form.submit(); }
  }

  // Facet checkboxes and the sort order apply at once.
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.hasAttribute && target.hasAttribute('data-autosubmit')) {
      remember(target);
      var results = document.querySelector('.result-count');
      if (results) { results.textContent = 'Updating…'; }
      submitForm(target);
    }
  });

  // Keyboard users keep their place: the control they changed has focus again after the page reloads.
  function remember(control) {
    try {
      window.sessionStorage.setItem('templib-focus', JSON.stringify({ name: control.name, value: control.type === 'checkbox' ? control.value : null }));
    } catch (e) { /* storage may be off; focus then starts at the top */ }
  }

  (function restoreFocus() {
    var saved = null;
    try {
      saved = JSON.parse(window.sessionStorage.getItem('templib-focus') || 'null');
      window.sessionStorage.removeItem('templib-focus');
    } catch (e) { return; }
    if (!saved || !window.CSS || !CSS.escape) { return; }
    var selector = '[name="' + CSS.escape(saved.name) + '"]' + (saved.value === null ? '' : '[value="' + CSS.escape(saved.value) + '"]');
    var control = document.querySelector(selector);
    if (control) {
      var details = control.closest('details');
      if (details) { details.open = true; }
      control.focus();
    }
  })();

  // A new search starts on the first page with only the parameters the form holds.
  var form = document.getElementById('search-form');
  if (form) {
    form.addEventListener('submit', function () {
      Array.prototype.forEach.call(form.querySelectorAll('input[type="number"]'), function (input) {
        if (input.value === '') { input.disabled = true; }
      });
    });
  }

  // Suggestions as you type: the datalist offers whole queries (matching titles, then the last word completed).
  var box = document.getElementById('q');
  var list = document.getElementById('q-suggestions');
  if (!box || !list || !window.fetch) { return; }
  var timer = 0;
  var lastPrefix = '';
  box.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(suggest, 150);
  });

  function suggest() {
    var value = box.value;
    if (value.trim().length < 2) { list.textContent = ''; lastPrefix = ''; return; }
    if (value === lastPrefix) { return; }
    lastPrefix = value;
    fetch('/api/suggest?q=' + encodeURIComponent(value) + '&limit=8', { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .then(function (completions) {
        // A slower answer for what was typed before must not replace the list for what is typed now.
        if (box.value !== value) { return; }
        list.textContent = '';
        completions.forEach(function (text) {
          var option = document.createElement('option');
          option.value = text;
          list.appendChild(option);
        });
      })
      .catch(function () { list.textContent = ''; });
  }
})();
