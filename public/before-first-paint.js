// Runs before first paint (a classic script in <head>, not inline: the Content-Security-Policy
// allows no inline script). Applies the system colour scheme and the remembered UI language so
// the first frame is already right; src/lib/color-scheme.ts and i18n.ts take over afterwards.
(function () {
  var root = document.documentElement;
  if (window.matchMedia('(prefers-color-scheme: dark)').matches) root.classList.add('dark');
  try {
    if (localStorage.getItem('reader:lang') === 'en') root.lang = 'en';
  } catch (e) {
    // Storage can be disabled (privacy settings): keep the default language.
  }
})();
