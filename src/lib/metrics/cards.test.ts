import { describe, expect, it } from 'vitest';
import { metricIds } from '../contract';
import { metricCards } from './cards';
import { type MetricSeries } from './series';

const quarters = ['2023-Q4', '2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4'];
const series = Object.fromEntries(metricIds.map((id) => [id, quarters.map((_, i) => (id === 'feedback_rate' ? [null, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8][i] : i * 10))])) as MetricSeries;

describe('metric cards', () => {
	it('give value, previous, change and eight quarters of history', () => {
		const card = metricCards(series, quarters, '2025-Q4', [], { wijk: null }).find((c) => c.id === 'referrals_total')!;
		expect(card).toMatchObject({ kind: 'count', value: 80, previous: 70, change: 10, target: null, met: null });
		expect(card.series.map((s) => s.period)).toEqual(quarters.slice(1));
	});

	it('have no change when the previous quarter is not loaded or has no value', () => {
		const first = metricCards(series, quarters, '2023-Q4', [], { wijk: null });
		expect(first.find((c) => c.id === 'referrals_total')).toMatchObject({ previous: null, change: null, series: [{ period: '2023-Q4', value: 0 }] });
		const feedback = metricCards(series, quarters, '2024-Q1', [], { wijk: null }).find((c) => c.id === 'feedback_rate')!;
		expect(feedback).toMatchObject({ kind: 'share', value: 0.1, previous: null, change: null });
	});

	it('compare with the resolved target', () => {
		const goals = [
			{ metric: 'feedback_rate', target: 0.5, wijk_id: null, period: null },
			{ metric: 'feedback_rate', target: 0.9, wijk_id: 'W01', period: null }
		];
		const region = metricCards(series, quarters, '2025-Q1', goals, { wijk: null }).find((c) => c.id === 'feedback_rate')!;
		expect(region).toMatchObject({ value: 0.5, target: 0.5, met: true });
		const wijk = metricCards(series, quarters, '2025-Q1', goals, { wijk: 'W01' }).find((c) => c.id === 'feedback_rate')!;
		expect(wijk).toMatchObject({ target: 0.9, met: false });
	});
});

describe('a card\'s fraction', () => {
	it('is what its share is made of in the period, and null for a count', () => {
		const fractions = { feedback_rate: quarters.map((_, i) => ({ numerator: i, denominator: 10 })) };
		const cards = metricCards(series, quarters, '2025-Q1', [], { wijk: null }, fractions);
		expect(cards.find((c) => c.id === 'feedback_rate')!.fraction).toEqual({ numerator: 5, denominator: 10 });
		expect(cards.find((c) => c.id === 'referrals_total')!.fraction).toBeNull();
		expect(metricCards(series, quarters, '2025-Q1', [], { wijk: null }).every((c) => c.fraction === null)).toBe(true);
	});
});
