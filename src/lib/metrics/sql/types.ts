import { type MetricId } from '../../contract';
import { type Scope } from '../scope';

export interface MetricDefinition {
	id: MetricId;
	/** A share 0..1 (null when its denominator is 0) or a count. */
	kind: 'share' | 'count';
	/**
	 * One row per period; the CTEs `periods` and `ties` exist. A fraction (METRICS.md, "Fractions")
	 * gives `SELECT period, numerator, denominator …`, and its value is computed from those two alone;
	 * every other metric gives `SELECT period, value …`.
	 */
	sql: (scope: Scope) => string;
	fraction?: true;
}
