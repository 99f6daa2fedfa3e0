/* global importScripts */
// The engine's worker: DuckDB's own script, run after taking the Web Lock through which the page
// learns that this worker has gone (src/lib/workers/watch.ts). Classic, as DuckDB's script is.
const params = new URL(self.location.href).searchParams;
navigator.locks.request(params.get('lock'), () => new Promise(() => {}));
importScripts(params.get('engine'));
