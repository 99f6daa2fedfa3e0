import { expect, openReady, test } from './fixtures';

test('a wijk is judged by its own targets: no count target of the region, the region’s share targets', async ({ page }) => {
	await openReady(page, '/?wijk=W07&period=2024-Q4');
	const target = (metric: string) => page.locator(`[data-metric="${metric}"] .kpi-target`);
	for (const metric of ['referrals_total', 'meetings_total', 'partners_reached']) await expect(target(metric)).toHaveText('Geen streefwaarde');
	await expect(target('feedback_rate')).toContainText('Streefwaarde 50%');
	await expect(target('core_type_coverage')).toContainText('Streefwaarde 50%');
	await openReady(page, '/?period=2024-Q4');
	await expect(target('referrals_total')).toContainText('Streefwaarde 300');
});
