import { tableNames } from '../contract';
import { browserConnector, type BrowserConnector } from '../db/browser';
import { t } from '../i18n';
import { clearTables, ensureSchema, runImport, tableCounts, type ImportFile, type ImportOptions, type ImportProgress, type ImportReport } from '../import';
import { availableQuarters } from '../metrics/available-quarters';
import { dropDerived } from '../metrics/derived';
import { type Quarter } from '../metrics/period';
import { demoFiles } from './demo-files';
import { prepareInWorker } from '../import/prepare-in-worker';

export type SessionStatus = 'loading' | 'ready' | 'error';
/** Where the loaded data came from: the demo, the user's files, or nothing. Demo and own data never mix. */
export type DataSource = 'demo' | 'user' | 'empty';
export interface WijkOption {
	wijk_id: string;
	name: string;
}

/** The loaded data as the whole app sees it: engine status, what is loaded, and from where. */
class Session {
	status = $state<SessionStatus>('loading');
	step = $state(t('status.engine'));
	/** 0..1 while something measurable is under way, else null. */
	progress = $state<number | null>(null);
	error = $state<string | null>(null);
	source = $state<DataSource>('empty');
	counts = $state.raw<{ table: string; rows: number }[]>([]);
	wijken = $state.raw<WijkOption[]>([]);
	quarters = $state.raw<Quarter[]>([]);
	/** Set when the browser refused to store data: loaded data then lasts only until the tab closes. */
	storageProblem = $state<string | null>(null);
	/** Set when stored data existed but could not be read back. */
	restoreProblem = $state<string | null>(null);
	/** True while the loaded data is being written to the browser's storage. */
	saving = $state(false);
	/** True while an import, a removal or the return to the demo changes the data and stores it. */
	changing = $state(false);
	/** The running import's progress; its report once it is loaded and stored, until the data changes otherwise. */
	importing = $state.raw<ImportProgress | null>(null);
	lastImport = $state.raw<ImportReport | null>(null);
	/** Goes up whenever the loaded data changes, so that computed figures know to recompute. */
	version = $state(0);
	#saved: Promise<void> = Promise.resolve();
	#db: BrowserConnector | null = null;

	readonly isDemo = $derived(this.source === 'demo');
	/** Own data can be added to; the demo is nobody's data, so an import replaces it. */
	readonly canAdd = $derived(this.source === 'user');
	readonly isEmpty = $derived(this.counts.every((c) => c.rows === 0));
	/** Wijk names by id, for showing a wijk by its name. */
	readonly wijkNames = $derived(new Map(this.wijken.map((w) => [w.wijk_id, w.name])));

	get db(): BrowserConnector {
		if (!this.#db) throw new Error('De rekenkern is nog niet gestart');
		return this.#db;
	}

	async start(): Promise<void> {
		this.status = 'loading';
		this.error = null;
		try {
			this.#db = await browserConnector((p) => {
				this.progress = p.total ? p.loaded / p.total : null;
				if (p.total) this.step = t('status.engineBytes', { loaded: Math.round(p.loaded / 1e6), total: Math.round(p.total / 1e6) });
			});
			this.step = t('status.restore');
			this.progress = null;
			await ensureSchema(this.#db);
			if ((await tableCounts(this.#db)).every((c) => c.rows === 0)) {
				const saved = await this.#restore();
				// 'demo+user' was stored by versions that mixed own files into the demo: it holds the user's files.
				if (saved) this.source = saved.source === 'demo' ? 'demo' : 'user';
				else await this.loadDemo();
			}
			await this.refresh();
			this.status = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'error';
		}
	}

	/**
	 * The stored data, or null when there is none or it cannot be read. Then the demo is shown with
	 * a message, and the stored data is left as it is (the demo is never saved over it).
	 */
	async #restore() {
		try {
			return await this.db.persistence.restore(tableNames);
		} catch (error) {
			this.restoreProblem = t('status.restoreFailed', { error: error instanceof Error ? error.message : String(error) });
			await this.db.transaction(clearTables);
			return null;
		}
	}

	async loadDemo(): Promise<void> {
		this.step = t('status.demo');
		const report = await runImport(this.db, await demoFiles(), { replace: true });
		const broken = report.files.find((f) => f.refused) ?? (report.rejectedTotal ? report.rejected[0] : null);
		if (broken) throw new Error(`De demodata laadt niet: ${JSON.stringify(broken)}`);
		this.source = 'demo';
	}

	/**
	 * Imports the user's files and resolves once they are stored, so that a reload after the report
	 * never shows the old data. Added to own data only when asked; the demo is always replaced.
	 */
	importFiles(files: ImportFile[] | Promise<ImportFile[]>, options: ImportOptions = {}): Promise<ImportReport> {
		this.importing = { file: '', stage: 'lezen', fraction: 0 };
		return this.#change(async () => {
			const replace = options.replace || !this.canAdd;
			const onProgress = (p: ImportProgress) => {
				this.importing = p;
				options.onProgress?.(p);
			};
			const report = await runImport(this.db, await files, { prepare: prepareInWorker, ...options, onProgress, replace });
			if (replace && Object.keys(report.loaded).length) this.source = 'user';
			await this.refresh();
			await this.save();
			this.lastImport = report;
			return report;
		});
	}

	/** Removes every table's rows; the app then shows its empty state, also after a reload. */
	removeAll(): Promise<void> {
		return this.#change(async () => {
			await this.db.transaction(clearTables);
			this.source = 'empty';
			await this.refresh();
			await this.save();
		});
	}

	/** Forgets the stored data and shows the demo region again. */
	backToDemo(): Promise<void> {
		return this.#change(async () => {
			await this.db.persistence.clear();
			await this.loadDemo();
			await this.refresh();
		});
	}

	/** One change of the loaded data at a time; "saving" from its first moment, so nobody sees idle before it is stored. */
	async #change<T>(work: () => Promise<T>): Promise<T> {
		this.changing = true;
		this.saving = true;
		this.lastImport = null;
		try {
			return await work();
		} finally {
			await this.#saved;
			// Together, so the page is ready in the same moment it shows the report.
			this.changing = false;
			this.saving = false;
			this.importing = null;
		}
	}

	/**
	 * Writes the loaded data to the browser's storage after the import has committed, so the user
	 * works with it at once. Saves run one after the other; until one completes, a reload shows the
	 * data of the previous save, never a mix.
	 */
	save(): Promise<void> {
		const source = this.source;
		this.saving = true;
		this.#saved = this.#saved.then(async () => {
			try {
				const db = this.db;
				const snapshot = await db.transaction(() => db.persistence.snapshot(tableNames));
				await db.persistence.write(snapshot, { source });
				this.storageProblem = null;
			} catch (error) {
				this.storageProblem = error instanceof Error ? error.message : String(error);
			}
		});
		const mine = this.#saved;
		mine.then(() => {
			if (this.#saved === mine && !this.changing) this.saving = false;
		});
		return mine;
	}

	/** Resolves when every save started so far has finished. */
	saved(): Promise<void> {
		return this.#saved;
	}

	async refresh(): Promise<void> {
		const db = this.db;
		this.counts = await tableCounts(db);
		this.wijken = await db.query<{ wijk_id: string; name: string }>('SELECT wijk_id, name FROM wijken ORDER BY wijk_id');
		this.quarters = await availableQuarters(db);
		await dropDerived(db);
		this.version++;
	}
}

export const session = new Session();
