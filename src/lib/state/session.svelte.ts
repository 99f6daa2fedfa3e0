import { tableNames } from '../contract';
import { browserConnector, type BrowserConnector } from '../db/browser';
import { type Reader } from '../db/reader';
import { t } from '../i18n';
import { allRejections, clearTables, ensureSchema, runImport, tableCounts, type ImportFile, type ImportOptions, type ImportProgress, type ImportReport } from '../import';
import { prepareInWorker } from '../import/prepare-in-worker';
import { availableQuarters } from '../queries/available-quarters';
import { type Quarter } from '../metrics/period';
import { storeOver, type Store } from '../views/store';
import { demoFiles } from './demo-files';
import { hasNoStorage, storageFailure } from './storage-failure';

export type SessionStatus = 'loading' | 'ready' | 'error';
/** Where the loaded data came from: the demo, the user's files, or nothing. Demo and own data never mix. */
export type DataSource = 'demo' | 'user' | 'empty';
export interface WijkOption {
	wijk_id: string;
	name: string;
}

/**
 * The loaded data as the whole app sees it: engine status, what is loaded, and from where. Views
 * read through `reader`; every change of the data goes through `write`, the one write path.
 */
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
	/** Set, in Dutch, when the browser refused to store data: loaded data then lasts only until the tab closes. */
	storageProblem = $state<string | null>(null);
	/** Set when stored data existed but could not be read back. */
	restoreProblem = $state<string | null>(null);
	/** Set when the engine's worker stopped (the browser killed it): only a reload starts it again. */
	engineGone = $state(false);
	/** True while the loaded data is being written to the browser's storage. */
	saving = $state(false);
	/** True while an import, a removal or the return to the demo changes the data and stores it. */
	changing = $state(false);
	/** The running import's progress; its report once it is loaded and stored, until the data changes otherwise. */
	importing = $state.raw<ImportProgress | null>(null);
	lastImport = $state.raw<ImportReport | null>(null);
	/** The store's version, as state: whatever was computed for an older one is stale. */
	version = $state(0);
	#saved: Promise<void> = Promise.resolve();
	#store: Store<BrowserConnector> | null = null;
	/** For storing a snapshot only, which reads the engine without changing the data. */
	#db: BrowserConnector | null = null;

	readonly isDemo = $derived(this.source === 'demo');
	/** Own data can be added to; the demo is nobody's data, so an import replaces it. */
	readonly canAdd = $derived(this.source === 'user');
	readonly isEmpty = $derived(this.counts.every((c) => c.rows === 0));
	/** Wijk names by id, for showing a wijk by its name. */
	readonly wijkNames = $derived(new Map(this.wijken.map((w) => [w.wijk_id, w.name])));

	get #started(): Store<BrowserConnector> {
		if (!this.#store) throw new Error('De rekenkern is nog niet gestart');
		return this.#store;
	}

	/** Reads the loaded data; it cannot change it. */
	get reader(): Reader {
		return this.#started.reader;
	}

	async start(): Promise<void> {
		this.status = 'loading';
		this.error = null;
		try {
			const db = await browserConnector((p) => {
				// A compressed download's length counts compressed bytes, the progress decoded ones: no fraction then.
				const known = p.total && p.loaded <= p.total;
				this.progress = known ? p.loaded / p.total! : null;
				const loaded = Math.round(p.loaded / 1e6);
				this.step = known ? t('status.engineBytes', { loaded, total: Math.round(p.total! / 1e6) }) : t('status.engineLoaded', { loaded });
			}, () => {
				// Whatever was on its way to the engine is lost with it; what was stored stays stored.
				this.engineGone = true;
				this.error = t('status.engineGone');
				this.status = 'error';
			});
			this.#db = db;
			this.#store = storeOver(db);
			this.step = t('status.restore');
			this.progress = null;
			await this.write(async (db) => {
				await ensureSchema(db);
				if ((await tableCounts(db)).some((c) => c.rows > 0)) return;
				const saved = await this.#restore(db);
				// 'demo+user' was stored by versions that mixed own files into the demo: it holds the user's files.
				if (saved) this.source = saved.source === 'demo' ? 'demo' : 'user';
				else await this.#loadDemo(db);
			});
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
	async #restore(db: BrowserConnector) {
		try {
			return await db.persistence.restore(tableNames);
		} catch (error) {
			if (hasNoStorage(error)) this.storageProblem = storageFailure(error);
			else this.restoreProblem = t('status.restoreFailed', { error: error instanceof Error ? error.message : String(error) });
			await db.transaction(clearTables);
			return null;
		}
	}

	async #loadDemo(db: BrowserConnector): Promise<void> {
		this.step = t('status.demo');
		const report = await runImport(db, await demoFiles(), { replace: true });
		const broken = report.files.find((f) => f.refused) ?? (report.rejectedTotal ? report.rejected[0] : null);
		if (broken) throw new Error(`De demodata laadt niet: ${JSON.stringify(broken)}`);
		this.source = 'demo';
	}

	/**
	 * The one write path: runs `work` on the engine, then drops what was derived from the old data,
	 * moves the version on and reads what is loaded. Nothing else can change the data.
	 */
	async write<T>(work: (db: BrowserConnector) => Promise<T>): Promise<T> {
		try {
			return await this.#started.write(work);
		} finally {
			await this.#refresh();
		}
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
			const ready = await files;
			const report = await this.write((db) => runImport(db, ready, { prepare: prepareInWorker, ...options, onProgress, replace }));
			if (replace && Object.keys(report.loaded).length) this.source = 'user';
			await this.#save();
			this.lastImport = report;
			return report;
		});
	}

	/** Removes every table's rows; the app then shows its empty state, also after a reload. */
	removeAll(): Promise<void> {
		return this.#change(async () => {
			await this.write((db) => db.transaction(clearTables));
			this.source = 'empty';
			await this.#save();
		});
	}

	/** Forgets the stored data and shows the demo region again. */
	backToDemo(): Promise<void> {
		return this.#change(() => this.write(async (db) => {
			await db.persistence.clear();
			await this.#loadDemo(db);
		}));
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
	 * Writes the loaded data to the browser's storage. Saves run one after the other; until one
	 * completes, a reload shows the data of the previous save, never a mix.
	 */
	#save(): Promise<void> {
		const source = this.source;
		const db = this.#db!;
		this.#saved = this.#saved.then(async () => {
			try {
				const snapshot = await db.transaction(() => db.persistence.snapshot(tableNames));
				await db.persistence.write(snapshot, { source });
				this.storageProblem = null;
			} catch (error) {
				this.storageProblem = storageFailure(error);
			}
		});
		return this.#saved;
	}

	/** Every row an import rejected (its report holds only the first few hundred), for the download. */
	rejectionsOf(report: ImportReport) {
		return allRejections(this.reader, report);
	}

	/** Resolves when every save started so far has finished. */
	saved(): Promise<void> {
		return this.#saved;
	}

	async #refresh(): Promise<void> {
		const reader = this.reader;
		this.counts = await tableCounts(reader);
		this.wijken = await reader.query<{ wijk_id: string; name: string }>('SELECT wijk_id, name FROM wijken ORDER BY wijk_id');
		this.quarters = await availableQuarters(reader);
		this.version = this.#started.version;
	}
}

export const session = new Session();
