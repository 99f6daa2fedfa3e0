import { fractionIds, metricIds, type MetricId } from '../contract';
import { meetingMetrics } from './sql/meeting-metrics';
import { partnerMetrics } from './sql/partner-metrics';
import { planMetrics } from './sql/plan-metrics';
import { referralMetrics } from './sql/referral-metrics';
import { type MetricDefinition } from './sql/types';

export type { MetricDefinition };

const byId = new Map<MetricId, MetricDefinition>(
	[...referralMetrics, ...meetingMetrics, ...partnerMetrics, ...planMetrics].map((d) => [d.id, d])
);

/** Every metric of shared/METRICS.md, in the order of its table. */
export const metricDefinitions: MetricDefinition[] = metricIds.map((id) => {
	const definition = byId.get(id);
	if (!definition) throw new Error(`Metric without a definition: ${id}`);
	return definition;
});

const fractions = metricDefinitions.filter((d) => d.fraction).map((d) => d.id);
if (fractions.join() !== fractionIds.join()) throw new Error(`The fractions defined (${fractions}) are not those of METRICS.md`);

/** Whether a metric is a share 0..1 or a count (shared/METRICS.md). */
export const metricKind = (id: MetricId): MetricDefinition['kind'] => byId.get(id)!.kind;
