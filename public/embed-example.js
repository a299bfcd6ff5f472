// Host-page side of the embedding example (an external file, so the page works under a strict CSP).

// Custom element: events bubble out of it; a small JS API drives it.
const explorer = document.getElementById('explorer');
explorer.addEventListener('pathchange', (e) => {
  document.getElementById('element-event').textContent = e.detail.path.join(' → ') || 'no path';
});
document.getElementById('show-fse').addEventListener('click', () => {
  explorer.showPath('support-analyst', 'field-service-engineer');
});

// Iframe: tell it which origin may talk to it, then listen to that frame only. This page sits beside
// the app, on its own origin, which is always allowed; a page on another origin must be listed in
// the app's <meta name="cpe-parent-origins"> (index.html), or the frame posts and accepts nothing.
const frame = document.getElementById('frame');
const src = new URL(frame.dataset.src, location.href);
src.searchParams.set('parentOrigin', location.origin);
frame.src = src.href;
window.addEventListener('message', (e) => {
  if (e.source !== frame.contentWindow || e.origin !== src.origin) return;
  if (e.data?.type === 'career-path-explorer:pathchange') {
    document.getElementById('frame-event').textContent =
      e.data.detail.path.join(' → ') || 'no path';
  }
});
