import { expect, openReady, test } from './fixtures';

test('paging a table with the keyboard keeps the focus on the pager, up to its last page and back', async ({ page }) => {
	await openReady(page, '/verwijzingen?period=2024-Q4&from=partner&to=partner');
	const table = page.locator('.flow-table');
	const pager = table.locator('nav.pager');
	await expect(pager).toContainText(/Stromen 1–100 van \d+/, { timeout: 30_000 });
	const all = Number((await pager.textContent())!.match(/van (\d+)/)![1]);
	const pages = Math.ceil(all / 100);
	expect(pages, 'the demo has a table of several pages').toBeGreaterThan(1);
	const firstRow = await table.locator('tbody tr').first().getAttribute('data-flow');
	const focusInPager = () => pager.evaluate((nav) => nav.contains(document.activeElement));

	await pager.getByRole('button', { name: 'Volgende' }).focus();
	for (let i = 1; i < pages; i++) {
		await page.keyboard.press('Enter');
		await expect(pager).toContainText(`Stromen ${i * 100 + 1}–`);
		expect(await focusInPager(), `focus after going to page ${i + 1}`).toBe(true);
	}
	await expect(table.locator('tbody tr').first()).not.toHaveAttribute('data-flow', firstRow!);

	// Back with the keyboard alone, from where the focus is.
	await page.keyboard.press('Shift+Tab');
	for (let i = pages - 1; i > 0; i--) {
		await page.keyboard.press('Enter');
		await expect(pager).toContainText(`Stromen ${(i - 1) * 100 + 1}–`);
		expect(await focusInPager(), `focus after going back to page ${i}`).toBe(true);
	}
	await expect(table.locator('tbody tr').first()).toHaveAttribute('data-flow', firstRow!);
});
