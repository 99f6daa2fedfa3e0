// In-page steps of the metrics benchmark, as source text: tsx would wrap named inner functions of a
// serialised function in a helper the page does not have.

/** Resolves with the ms from changing the period select until every card shows `quarter`, then until the gaps do. */
export const switchPeriod = `async (quarter) => {
	const cardsShow = () => [...document.querySelectorAll('[data-metric]')].every((c) => c.getAttribute('data-period') === quarter);
	const gapsShow = () => {
		const gaps = document.querySelector('section.gaps');
		return gaps && gaps.getAttribute('aria-busy') === 'false' && (gaps.getAttribute('data-key') || '').endsWith('|' + quarter);
	};
	const select = document.querySelector('header select');
	const t0 = performance.now();
	const times = await new Promise((resolve) => {
		let cards = null;
		const check = () => {
			if (cards === null && cardsShow()) cards = performance.now() - t0;
			if (cards !== null && gapsShow()) {
				observer.disconnect();
				resolve({ cards_ms: cards, gaps_ms: performance.now() - t0 });
			}
		};
		const observer = new MutationObserver(check);
		observer.observe(document.querySelector('main'), { subtree: true, attributes: true, childList: true, characterData: true });
		select.value = quarter;
		select.dispatchEvent(new Event('change', { bubbles: true }));
	});
	return times;
}`;

/** Imports the region (replacing what is loaded) and resolves with the ms until the overview's cards and gaps show it. */
export const importRegion = `async (names) => {
	const app = window.wijkradar;
	const files = [];
	for (const name of names) files.push({ name, bytes: new Uint8Array(await (await fetch('/__bench/' + name)).arrayBuffer()) });
	const t0 = performance.now();
	const report = await app.importFiles(files, { replace: true });
	const imported = performance.now();
	const ready = (selector) => {
		const section = document.querySelector(selector);
		const alert = section && section.querySelector('[role=alert]');
		if (alert) throw new Error(selector + ': ' + alert.textContent);
		if (performance.now() - imported > 600000) throw new Error(selector + ' not ready after 10 minutes');
		return section && section.getAttribute('aria-busy') === 'false';
	};
	while (!ready('section.cards')) await new Promise((r) => setTimeout(r, 5));
	const cards = performance.now();
	while (!ready('section.gaps')) await new Promise((r) => setTimeout(r, 5));
	return { rejected: report.rejectedTotal, loaded: report.loaded, import_ms: imported - t0, all_quarters_ms: cards - imported, first_gaps_ms: performance.now() - imported };
}`;
