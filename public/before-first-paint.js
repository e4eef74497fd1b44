// Runs before first paint (a classic script in <head>, not inline: the Content-Security-Policy
// allows no inline script). Applies the remembered reading preferences (theme, text size, line
// width; else the system colour scheme) and UI language so the first frame is already right;
// src/features/preferences/lib/preferences.ts and src/lib/i18n.ts take over afterwards.
(function () {
  var root = document.documentElement;
  var prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem('reader:prefs') || '{}') || {};
    if (localStorage.getItem('reader:lang') === 'en') root.lang = 'en';
  } catch {
    // Storage can be disabled (privacy settings) or hold a foreign value: keep the defaults.
  }
  var dark = prefs.theme === 'dark' || (prefs.theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark) root.classList.add('dark');
  if (prefs.theme === 'light' || prefs.theme === 'dark') root.style.colorScheme = prefs.theme;
  if (typeof prefs.textSize === 'string') root.setAttribute('data-text-size', prefs.textSize);
  if (typeof prefs.lineWidth === 'string') root.setAttribute('data-line-width', prefs.lineWidth);
})();

// Starts the first screen's data requests now, in parallel with the app's JavaScript, instead
// of after it has loaded and run: the archive index always, and the first page of the `all`
// list when the URL asks for the unfiltered list. Each request is
// handed to the app's first fetch of that file (src/lib/fetch-data.ts, takeEarlyFetch), which
// checks and times it like any other; a retry fetches anew.
(function () {
  var root = document.documentElement;
  var script = document.currentScript;
  if (!script || !script.src || typeof fetch !== 'function' || typeof AbortController !== 'function') return;
  var base = script.src.slice(0, script.src.lastIndexOf('/') + 1);
  var here = location.href.split(/[?#]/)[0];
  if (here.indexOf(base) !== 0) return;
  var route = here.slice(base.length);
  var files = ['index.json'];
  if (route === '' && !/[?&](category|q|from|to|undated|unread|starred)=/.test(location.search)) files.push('lists/all/0.json');
  var early = {};
  // The first Intl formatter a page builds costs 40-80 ms (the browser loads its locale data
  // once); later ones, any locale or options, take under 2 ms. The list's dates need one on
  // the first screen, so it is built when the index arrives, while the page still waits for
  // its JavaScript, instead of inside the first render. Not sooner: run from here it would
  // hold up the HTML parser, and with it the requests for the JavaScript.
  var warmDates = function () {
    try {
      new Intl.DateTimeFormat(root.lang || undefined, { dateStyle: 'medium' }).format(0);
    } catch {
      // No Intl, or a language tag it rejects: the app meets the same when it formats a date.
    }
  };
  files.forEach(function (file) {
    var controller = new AbortController();
    var response = fetch(base + 'data/' + file, { signal: controller.signal });
    // Handled by the app when it takes the request; never an unhandled rejection before that.
    response.catch(function () {});
    if (file === 'index.json') response.then(warmDates, warmDates);
    early[file] = { response: response, controller: controller };
  });
  window.__readerEarlyFetches = early;
})();
