import { type MetricId } from '../../contract';
import { type Scope } from '../scope';

export interface MetricDefinition {
	id: MetricId;
	/** A share 0..1 (null when its denominator is 0) or a count. */
	kind: 'share' | 'count';
	/** `SELECT period, value FROM periods …`: one row per period; the CTEs `periods` and `ties` exist. */
	sql: (scope: Scope) => string;
}
