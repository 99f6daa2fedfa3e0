// A static single-page app: DuckDB-wasm only runs in the browser, so nothing renders on a server.
export const ssr = false;
export const prerender = false;
