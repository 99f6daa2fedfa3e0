import { browserConnector } from '../db/browser';
import { type Connector } from '../db/connector';
import { t } from '../i18n';
import { ensureSchema, runImport, tableCounts, type ImportFile, type ImportOptions, type ImportReport } from '../import';
import { availableQuarters } from '../metrics/available-quarters';
import { type Quarter } from '../metrics/period';
import { demoFiles } from './demo-files';

export type SessionStatus = 'loading' | 'ready' | 'error';
export interface WijkOption {
	wijk_id: string;
	name: string;
}

const META = `CREATE TABLE IF NOT EXISTS app_meta (key VARCHAR PRIMARY KEY, value VARCHAR)`;

/** The loaded data as the whole app sees it: engine status, what is loaded, and from where. */
class Session {
	status = $state<SessionStatus>('loading');
	step = $state(t('status.engine'));
	/** 0..1 while something measurable is under way, else null. */
	progress = $state<number | null>(null);
	error = $state<string | null>(null);
	isDemo = $state(false);
	counts = $state.raw<{ table: string; rows: number }[]>([]);
	wijken = $state.raw<WijkOption[]>([]);
	quarters = $state.raw<Quarter[]>([]);
	#db: Connector | null = null;

	get db(): Connector {
		if (!this.#db) throw new Error('De rekenkern is nog niet gestart');
		return this.#db;
	}

	async start(): Promise<void> {
		this.status = 'loading';
		this.error = null;
		try {
			this.step = t('status.engine');
			this.#db = await browserConnector((p) => {
				this.progress = p.total ? p.loaded / p.total : null;
				if (p.total) this.step = t('status.engineBytes', { loaded: Math.round(p.loaded / 1e6), total: Math.round(p.total / 1e6) });
			});
			this.step = t('status.restore');
			this.progress = null;
			await ensureSchema(this.#db);
			await this.#db.exec(META);
			if ((await tableCounts(this.#db)).every((c) => c.rows === 0)) await this.loadDemo();
			await this.refresh();
			this.status = 'ready';
		} catch (error) {
			this.error = error instanceof Error ? error.message : String(error);
			this.status = 'error';
		}
	}

	async loadDemo(): Promise<void> {
		this.step = t('status.demo');
		const report = await this.importFiles(await demoFiles(), { replace: true }, 'demo');
		const broken = report.files.find((f) => f.refused) ?? (report.rejectedTotal ? report.rejected[0] : null);
		if (broken) throw new Error(`De demodata laadt niet: ${JSON.stringify(broken)}`);
	}

	async importFiles(files: ImportFile[], options: ImportOptions, source: 'demo' | 'user' = 'user'): Promise<ImportReport> {
		const report = await runImport(this.db, files, {
			...options,
			onProgress: (p) => {
				this.progress = p.fraction;
				options.onProgress?.(p);
			}
		});
		const keepDemo = source === 'user' && !options.replace && this.isDemo;
		await this.db.exec(`INSERT OR REPLACE INTO app_meta VALUES ('source', '${keepDemo ? 'demo+user' : source}')`);
		this.progress = null;
		await this.refresh();
		return report;
	}

	async refresh(): Promise<void> {
		const db = this.db;
		const [source] = await db.query<{ value: string }>(`SELECT value FROM app_meta WHERE key = 'source'`);
		this.isDemo = source?.value.startsWith('demo') ?? false;
		this.counts = await tableCounts(db);
		this.wijken = await db.query<{ wijk_id: string; name: string }>('SELECT wijk_id, name FROM wijken ORDER BY wijk_id');
		this.quarters = await availableQuarters(db);
	}
}

export const session = new Session();
