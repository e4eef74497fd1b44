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
  } catch (e) {
    // Storage can be disabled (privacy settings) or hold a foreign value: keep the defaults.
  }
  var dark = prefs.theme === 'dark' || (prefs.theme !== 'light' && window.matchMedia('(prefers-color-scheme: dark)').matches);
  if (dark) root.classList.add('dark');
  if (prefs.theme === 'light' || prefs.theme === 'dark') root.style.colorScheme = prefs.theme;
  if (typeof prefs.textSize === 'string') root.setAttribute('data-text-size', prefs.textSize);
  if (typeof prefs.lineWidth === 'string') root.setAttribute('data-line-width', prefs.lineWidth);
})();
