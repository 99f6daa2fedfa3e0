// The in-page steps of one import measurement, run with page.evaluate in a page whose app is ready
// (`window.wijkradar`). Each function is serialised into the page: it may use only its argument and
// browser globals, and declares no named inner functions (tsx would wrap them in a `__name` helper
// that does not exist in the page).
import { type Page } from '@playwright/test';

interface LongTask {
	start: number;
	duration: number;
}
/** What `prepare` leaves in the page for `timedImport`. */
interface BenchState {
	bytes: Uint8Array;
	longTasks: LongTask[];
	observer: PerformanceObserver;
}
type BenchWindow = Window & { __bench?: BenchState };

export interface ImportFigures {
	/** Until the data is committed and usable in the app. */
	import_ms: number;
	/** Until it is also stored in the browser (the save runs after the commit). */
	saved_ms: number;
	longest_main_thread_task_ms: number;
	long_task_total_ms: number;
	/** The import's own steps (run-import.ts's `wijkradar:import:<step>` measures), ms. */
	steps: Record<string, number>;
}

/** Loads the partners (replace: true), fetches the referral bytes and starts the long-task observer. */
export function prepare(page: Page, partnersUrl: string, partners: number, referralsUrl: string): Promise<void> {
	return page.evaluate(async ({ partnersUrl, partners, referralsUrl }) => {
		const app = window.wijkradar!;
		const partnerBytes = new Uint8Array(await (await fetch(partnersUrl)).arrayBuffer());
		const report = await app.importFiles([{ name: 'partners.csv', bytes: partnerBytes }], { replace: true });
		if (report.loaded.partners !== partners || report.rejectedTotal !== 0) {
			throw new Error(`partners.csv: loaded ${report.loaded.partners}, rejected ${report.rejectedTotal}: ${JSON.stringify(report)}`);
		}
		await app.saved();
		const bytes = new Uint8Array(await (await fetch(referralsUrl)).arrayBuffer());
		const longTasks: LongTask[] = [];
		const observer = new PerformanceObserver((list) => {
			for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
		});
		observer.observe({ type: 'longtask', buffered: true });
		(window as BenchWindow).__bench = { bytes, longTasks, observer };
	}, { partnersUrl, partners, referralsUrl });
}

/** Times the app's import of the prepared referrals, as the Data page runs it; fails unless all `rows` load. */
export function timedImport(page: Page, rows: number): Promise<ImportFigures> {
	return page.evaluate(async (rows) => {
		const bench = (window as BenchWindow).__bench!;
		// Start in a task of the page's own: the CDP call that runs this function is not observed as a task.
		await new Promise((resolve) => setTimeout(resolve, 0));
		performance.clearMeasures();
		const t0 = performance.now();
		// The rows are committed and queryable at stage 'klaar'; the import resolves once they are also stored.
		let t1 = 0;
		const report = await window.wijkradar!.importFiles([{ name: 'referrals.csv', bytes: bench.bytes }], {
			onProgress: (p) => { if (p.stage === 'klaar') t1 = performance.now(); }
		});
		const t2 = performance.now();
		if (report.loaded.referrals !== rows || report.rejectedTotal !== 0) {
			const detail = JSON.stringify({ loaded: report.loaded, rejectedTotal: report.rejectedTotal, rejected: report.rejected.slice(0, 3), files: report.files });
			throw new Error(`referrals.csv (${rows} rows): ${detail}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250)); // let the observer deliver the last entries
		const tasks = [...bench.longTasks, ...bench.observer.takeRecords().map((e) => ({ start: e.startTime, duration: e.duration }))]
			.filter((t) => t.start + t.duration > t0 && t.start < t2);
		bench.observer.disconnect();
		delete (window as BenchWindow).__bench;
		const steps: Record<string, number> = {};
		for (const m of performance.getEntriesByType('measure').filter((e) => e.name.startsWith('wijkradar:import:'))) {
			steps[m.name.slice('wijkradar:import:'.length)] = (steps[m.name.slice('wijkradar:import:'.length)] ?? 0) + m.duration;
		}
		return {
			steps,
			import_ms: t1 - t0,
			saved_ms: t2 - t0,
			longest_main_thread_task_ms: Math.max(0, ...tasks.map((t) => t.duration)),
			long_task_total_ms: tasks.reduce((sum, t) => sum + t.duration, 0)
		};
	}, rows);
}

/** The baseline: DuckDB's own CSV reader on a fresh copy of the same bytes, into a plain table. */
export function timedReadCsv(page: Page, referralsUrl: string, rows: number): Promise<{ register_ms: number; read_csv_ms: number }> {
	return page.evaluate(async ({ referralsUrl, rows }) => {
		const app = window.wijkradar!;
		const bytes = new Uint8Array(await (await fetch(referralsUrl)).arrayBuffer());
		const t0 = performance.now();
		const path = await app.registerFile(`bench-plain-${rows}.csv`, bytes);
		const t1 = performance.now();
		await app.exec(`CREATE TABLE plain_${rows} AS SELECT * FROM read_csv('${path}', header = true, delim = ',', quote = '"', escape = '"')`);
		const t2 = performance.now();
		const [{ n }] = await app.query(`SELECT count(*)::INTEGER AS n FROM plain_${rows}`);
		await app.exec(`DROP TABLE plain_${rows}`);
		if (n !== rows) throw new Error(`read_csv baseline: ${n} rows, expected ${rows}`);
		return { register_ms: t1 - t0, read_csv_ms: t2 - t1 };
	}, { referralsUrl, rows });
}
