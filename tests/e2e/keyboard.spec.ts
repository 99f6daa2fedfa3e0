import { expect, openReady, test } from './fixtures';

// A walk with the keyboard alone, from the first Tab. The partner panel (Escape, focus back) is in
// network-map.spec.ts, paging a table without losing focus in tables.spec.ts.

test('the skip link, the selectors and the explanations work from the keyboard', async ({ page }) => {
	await openReady(page, '/?period=2024-Q4');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Naar de inhoud' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// A closed select changes with the arrow keys; the page follows and the focus stays.
	const period = page.getByLabel('Periode');
	await period.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/period=2024-Q3/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('2024-Q3');
	await expect(period).toBeFocused();

	const summary = page.locator('summary').filter({ hasText: 'Wat betekent dit?' }).first();
	const details = summary.locator('xpath=..');
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(details).toHaveAttribute('open', '');
	await page.keyboard.press('Space');
	await expect(details).not.toHaveAttribute('open', '');
});

test('on a phone a table wider than the screen takes a tab stop and scrolls with the arrow keys; on a wide screen it takes none', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openReady(page, '/wijken?period=2024-Q4');
	const box = page.locator('.table-scroll').first();
	await expect(box).toHaveAttribute('tabindex', '0');
	await box.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);

	await page.setViewportSize({ width: 1440, height: 900 });
	await openReady(page, '/data');
	await expect(page.locator('.table-scroll').first()).not.toHaveAttribute('tabindex');
});
