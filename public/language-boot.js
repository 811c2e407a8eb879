// Runs before the page paints (a classic script in <head>; the CSP allows no inline script). When
// the remembered language is not English, the prerendered English home screen is hidden until
// src/main.ts has mounted the app in that language: no flash of English. Key: src/lib/state/language.ts.
try {
  var chosen = localStorage.getItem('nic.language');
  if (chosen && chosen !== 'en') document.documentElement.setAttribute('data-language-pending', '');
} catch (e) {
  // Storage refused: English, nothing to hide.
}
