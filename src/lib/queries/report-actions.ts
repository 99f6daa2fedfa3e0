import { type Reader } from '../db/reader';
import { sqlString } from '../db/connector';
import { type Scope } from '../metrics/scope';

/** A wijkplan action as the report lists it. */
export type ActionRow = {
	action_id: string;
	wijk_id: string;
	title: string;
	theme: string | null;
	status: 'gepland' | 'lopend' | 'afgerond' | 'vervallen';
	due_date: string | null;
	done_date: string | null;
};

/** Every action of the scope's wijkplan (the region: every wijk's), by due date, then id. */
export const actionRows = (db: Reader, scope: Scope) => db.query<ActionRow>(`
	SELECT action_id, wijk_id, title, theme, status, strftime(due_date, '%Y-%m-%d') AS due_date, strftime(done_date, '%Y-%m-%d') AS done_date
	FROM actions WHERE ${scope.wijk === null ? 'TRUE' : `wijk_id = ${sqlString(scope.wijk)}`}
	ORDER BY due_date NULLS LAST, action_id`);
