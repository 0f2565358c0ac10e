// Classic script: `window.glassbox`; glassbox's base URL defaults to where this script
// came from, and `data-service` / `data-key` / `data-allowed-origins` on the tag start it.
(function () {
  var s = typeof document !== 'undefined' && document.currentScript;
  if (s && s.src) {
    try { glassbox._endpoint(new URL(s.src).origin); } catch (e) { /* inline copy */ }
  }
  if (typeof window !== 'undefined') window.glassbox = glassbox;
  if (s && s.hasAttribute('data-service')) {
    var origins = s.getAttribute('data-allowed-origins');
    glassbox.init({
      service: s.getAttribute('data-service'),
      key: s.getAttribute('data-key') || '',
      endpoint: s.getAttribute('data-endpoint') || undefined,
      allowedOrigins: origins ? origins.split(/[\s,]+/).filter(Boolean) : undefined
    });
  }
})();
