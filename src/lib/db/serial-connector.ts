import { type Connector, type Engine } from './connector';

/**
 * Both engines hold one connection. Calls are queued so that a transaction owns the
 * connection from BEGIN to COMMIT and no other caller's statement lands inside it.
 */
export function connectorOver(engine: Engine): Connector {
	let tail: Promise<unknown> = Promise.resolve();
	const queued = <T>(work: () => Promise<T>): Promise<T> => {
		const result = tail.then(work, work);
		tail = result.catch(() => undefined);
		return result;
	};

	return {
		query: (sql, params) => queued(() => engine.query(sql, params)),
		exec: (sql) => queued(() => engine.exec(sql)),
		registerFile: (name, bytes) => queued(() => engine.registerFile(name, bytes)),
		dropFile: (name) => queued(() => engine.dropFile(name)),
		insertRows: (table, columns, rows) => queued(() => engine.insertRows(table, columns, rows)),
		transaction: (work) =>
			queued(async () => {
				const tx: Connector = {
					...engine,
					transaction: () => Promise.reject(new Error('Nested transactions are not supported'))
				};
				await engine.exec('BEGIN TRANSACTION');
				try {
					const result = await work(tx);
					await engine.exec('COMMIT');
					return result;
				} catch (error) {
					await engine.exec('ROLLBACK').catch(() => undefined);
					throw error;
				}
			})
	};
}
