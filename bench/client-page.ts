// In-page instrumentation of the client benchmark. Plain JavaScript strings,
// not functions: tsx compiles functions with helpers (__name) that do not
// exist in the page.

/**
 * Installed before the app's own scripts. Timestamps are the page's
 * performance.now(), so durations do not include Playwright's round trips.
 * - login: the click on the login form's submit button, and the first moment
 *   the status bar says "Synced …" with no "Loading the warehouse" line left
 *   (the first sync is done: lastSyncAt is set only after a complete run).
 * - steps: arm(kind) waits for the next click or Enter, then for the DOM state
 *   that ends the step, then for the next animation frame; next(kind) is a
 *   promise of that measurement.
 * - restockMarks(): a promise of the marks of the last confirm, resolved by a
 *   PerformanceObserver: waiting for them costs the page nothing (polling from
 *   Playwright runs its injected script on the main thread, in the middle of
 *   what is measured).
 */
export const INIT_SCRIPT = `(() => {
  if (window.__bench) return;
  performance.setResourceTimingBufferSize(10000);
  const bench = window.__bench = { loginClick: null, synced: null, loaded: 0, armed: null, steps: [], waiters: {} };
  const heading = () => document.getElementById('restock-title')?.textContent ?? '';
  const done = {
    scan: () => heading() === 'Restock · Quantity',
    place: () => {
      if (heading() !== 'Restock · Place') return false;
      const into = document.querySelector('input[aria-label^="Into "]');
      const confirm = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Confirm restock');
      return !!into && into.value !== '0' && !!confirm && !confirm.disabled;
    },
  };
  const start = (event) => {
    const armed = bench.armed;
    if (armed && armed.t0 === null && (event.type === 'click' || event.key === 'Enter')) armed.t0 = performance.now();
    const target = event.target;
    if (event.type === 'click' && bench.loginClick === null && target instanceof Element && target.closest('form.login button[type=submit]')) {
      bench.loginClick = performance.now();
    }
  };
  document.addEventListener('click', start, true);
  document.addEventListener('keydown', start, true);
  const check = () => {
    const loading = document.querySelector('.first-sync');
    if (loading) {
      const m = /([0-9][0-9,. \\u00a0\\u202f]*) rows/.exec(loading.textContent ?? '');
      if (m) bench.loaded = Math.max(bench.loaded, Number(m[1].replace(/[^0-9]/g, '')));
    }
    if (bench.loginClick !== null && bench.synced === null && !loading) {
      const last = document.querySelector('[aria-label="Last sync"]');
      if (last && /^Synced (just now|\\d+ s ago|\\d+ min ago|\\d+ h ago)$/.test(last.textContent ?? '')) bench.synced = performance.now();
    }
    const armed = bench.armed;
    if (armed && armed.t0 !== null && armed.dom === null && done[armed.kind]()) {
      armed.dom = performance.now();
      requestAnimationFrame(() => {
        armed.frame = performance.now();
        const step = { kind: armed.kind, domMs: armed.dom - armed.t0, frameMs: armed.frame - armed.t0 };
        if (bench.armed === armed) bench.armed = null;
        const waiter = bench.waiters[armed.kind];
        delete bench.waiters[armed.kind];
        if (waiter) waiter(step);
        else bench.steps.push(step);
      });
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  bench.arm = (kind) => { bench.armed = { kind, t0: null, dom: null, frame: null }; };
  bench.next = (kind) => new Promise((resolve) => {
    const at = bench.steps.findIndex((s) => s.kind === kind);
    if (at >= 0) resolve(bench.steps.splice(at, 1)[0]);
    else bench.waiters[kind] = resolve;
  });
  const restockMarks = () => {
    const last = (name) => performance.getEntriesByName(name, 'mark').at(-1);
    const confirm = last('restock:confirm'), committed = last('restock:committed'), shown = last('restock:shown');
    return confirm && committed && shown ? { committedMs: committed.startTime - confirm.startTime, shownMs: shown.startTime - confirm.startTime } : null;
  };
  bench.restockMarks = () => new Promise((resolve) => {
    const now = restockMarks();
    if (now) return resolve(now);
    const observer = new PerformanceObserver(() => {
      const marks = restockMarks();
      if (marks) { observer.disconnect(); resolve(marks); }
    });
    observer.observe({ type: 'mark' });
  });
})();`;

/** The replica as stored: rows inside the item and slot blocks, and the per-row tables. */
export const COUNT_REPLICA = `new Promise((resolve, reject) => {
  const open = indexedDB.open('lotline');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const db = open.result;
    const tx = db.transaction(['itemBlocks', 'slotBlocks', 'locations', 'serials', 'exceptions'], 'readonly');
    const out = { items: 0, slots: 0, itemBlocks: 0, slotBlocks: 0, locations: 0, serials: 0, exceptions: 0 };
    for (const [store, key, blocks] of [['itemBlocks', 'items', 'itemBlocks'], ['slotBlocks', 'slots', 'slotBlocks']]) {
      tx.objectStore(store).openCursor().onsuccess = (e) => {
        const cursor = e.target.result;
        if (!cursor) return;
        out[key] += cursor.value[key].length;
        out[blocks] += 1;
        cursor.continue();
      };
    }
    for (const store of ['locations', 'serials', 'exceptions']) {
      tx.objectStore(store).count().onsuccess = (e) => { out[store] = e.target.result; };
    }
    tx.oncomplete = () => { db.close(); resolve(out); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  };
})`;

/** navigator.storage.estimate(), with Chromium's per-kind breakdown when present. */
export const STORAGE_ESTIMATE = `navigator.storage && navigator.storage.estimate
  ? navigator.storage.estimate().then((e) => ({ usage: e.usage ?? null, quota: e.quota ?? null, indexedDB: e.usageDetails?.indexedDB ?? null, caches: e.usageDetails?.caches ?? null, serviceWorker: e.usageDetails?.serviceWorkerRegistrations ?? null }))
  : null`;

/** Every pull request's timing: how long the device waited on server and network per page. */
export const PULL_TIMINGS = `performance.getEntriesByType('resource')
  .filter((e) => e.name.includes('/api/sync/pull'))
  .map((e) => ({ start: e.startTime, end: e.responseEnd, waiting: e.responseStart - e.requestStart, bytes: e.encodedBodySize }))`;

export const CLEAR_RESTOCK_MARKS = `['restock:confirm', 'restock:committed', 'restock:shown'].forEach((n) => performance.clearMarks(n))`;
