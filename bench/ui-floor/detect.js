// The draw detector of the UI benchmark, injected into both pages (the app and the bare ECharts
// floor) before anything else runs, so both are timed by the same rule. It watches the DOM and
// the canvases, nothing inside ECharts: a chart counts as drawn when its canvas holds painted
// pixels, and as redrawn when its pixels differ from before the change. Polled once per
// animation frame (the same granularity on both pages).
//
// Options come from window.__benchOptions = { expected, selector }, set by an earlier init script.
// A plain script rather than a serialised TypeScript function: tsx's name helpers do not exist in the page.
(function installDrawDetector() {
  const options = window.__benchOptions;
  const ROW_STEP = 6;

  function canvases() {
    return [...document.querySelectorAll(options.selector)].map((element) => element.querySelector('canvas')).filter(Boolean);
  }

  /** A hash of every sixth row of pixels, and whether any pixel is painted. */
  function fingerprint(canvas) {
    const context = canvas.getContext('2d');
    if (!context || canvas.width === 0 || canvas.height === 0) return { hash: 0, painted: false };
    let hash = 2166136261;
    let painted = false;
    for (let y = 0; y < canvas.height; y += ROW_STEP) {
      const row = context.getImageData(0, y, canvas.width, 1).data;
      for (let i = 3; i < row.length; i += 4) {
        const alpha = row[i];
        if (alpha !== 0) {
          painted = true;
          hash = Math.imul(hash ^ (row[i - 3] | (row[i - 2] << 8) | (row[i - 1] << 16) | (alpha << 24)), 16777619);
          hash = Math.imul(hash ^ i, 16777619);
        }
      }
    }
    return { hash: hash >>> 0, painted };
  }

  const api = {
    /** performance.now() (ms since navigation) when every expected chart was first painted. */
    drawnAt: null,
    charts: () => canvases().length,
    /** Runs trigger(); resolves with the ms until every chart's pixels changed, or ms null after the timeout. */
    timeChange(trigger, timeoutMs = 20000) {
      return new Promise((resolve) => {
        const before = canvases().map((canvas) => fingerprint(canvas).hash);
        const start = performance.now();
        trigger();
        const check = () => {
          const now = canvases();
          let changed = 0;
          now.forEach((canvas, index) => {
            const print = fingerprint(canvas);
            if (print.painted && print.hash !== before[index]) changed += 1;
          });
          if (changed >= options.expected) resolve({ ms: performance.now() - start, changed, total: now.length });
          else if (performance.now() - start > timeoutMs) resolve({ ms: null, changed, total: now.length });
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    },
  };
  window.__bench = api;

  const watch = () => {
    const all = canvases();
    if (all.length >= options.expected && all.every((canvas) => fingerprint(canvas).painted)) {
      api.drawnAt = performance.now();
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
})();
