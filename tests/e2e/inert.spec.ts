import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { type Page } from '@playwright/test';
import { unzipSync, strFromU8 } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { expect, openReady, test } from './fixtures';
import { asUploads } from './own-region';
import { hostileRegion, hostileRegionFiles, PAYLOADS } from './hostile-region';

const region = hostileRegion();
const wijk = region.wijken.find((w) => w.wijk_id.startsWith('W05'))!.wijk_id;
const longWijk = region.wijken.find((w) => w.name.length > 5000)!;
const q = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

/** Nothing of a payload ran, was parsed as markup, or pushed the page sideways. */
async function expectInert(page: Page, where: string): Promise<void> {
	const found = await page.evaluate(() => {
		const edge = window.innerWidth + 1;
		// Out of the viewport and not inside a box that clips or scrolls it: the layout broke.
		const escapes = (el: Element) => {
			if (el.getBoundingClientRect().right <= edge || getComputedStyle(el).position === 'fixed') return false;
			for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
				if (getComputedStyle(up).overflowX !== 'visible' && up.getBoundingClientRect().right <= edge) return false;
			}
			return true;
		};
		return {
			pwned: 'wijkradarPwned' in window,
			markup: [...document.querySelectorAll('body iframe, body [onerror], body [onload], body a[href^="javascript:"], body script:not([src])')]
				// SvelteKit's own start script, the one the policy's hash admits.
				.filter((el) => !(el.tagName === 'SCRIPT' && el.textContent?.includes('__sveltekit_')))
				.map((el) => el.outerHTML.slice(0, 120)),
			overflow: document.documentElement.scrollWidth - window.innerWidth,
			escaping: [...document.querySelectorAll('body *')].filter(escapes).slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
		};
	});
	expect(found, where).toEqual({ pwned: false, markup: [], overflow: 0, escaping: [] });
}

test.describe('a region whose every text field and id is a payload', () => {
	test.describe.configure({ timeout: 600_000 });

	test('is imported through the page, and on every route at 1440 and 390 px it shows as text: nothing runs, nothing breaks out', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
		await openReady(page, '/data');
		await page.locator('input[type=file]').setInputFiles(asUploads(hostileRegionFiles()));
		await expect(page.getByRole('status')).toHaveText(/rijen geladen, 0 afgekeurd\.$/, { timeout: 60_000 });
		// The payloads in reason and channel are named in the warning, as text.
		await expect(page.locator('main').getByText(PAYLOADS[0]).filter({ visible: true }).first()).toBeVisible();
		await expectInert(page, '/data after the import');

		for (const width of [1440, 390]) {
			await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
			for (const path of ['/', '/netwerk', '/verwijzingen', '/wijken', '/rapport', '/notebooks', '/data']) {
				await openReady(page, path + q({ wijk, period: '2024-Q4' }));
				await expectInert(page, `${path} at ${width}`);
			}
			await openReady(page, `/${q({ wijk: longWijk.wijk_id })}`);
			await expectInert(page, `the long wijk at ${width}`);
			// A 10,000-character name is cut to two lines with an ellipsis; its title holds it whole.
			const heading = page.getByRole('heading', { level: 1 });
			await expect(heading).toHaveAttribute('title', longWijk.name);
			expect((await heading.boundingBox())!.height, `the heading at ${width}`).toBeLessThan(200);
		}
		expect(dialogs).toEqual([]);
	});

	test('the panel, the search and every export keep a payload as the text it is', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => void (dialogs.push(dialog.message()), dialog.dismiss()));
		await openReady(page, '/data');
		await page.locator('input[type=file]').setInputFiles(asUploads(hostileRegionFiles()));
		await expect(page.getByRole('status')).toHaveText(/rijen geladen/, { timeout: 60_000 });

		await openReady(page, `/netwerk${q({ wijk, period: '2024-Q4' })}`);
		const partner = region.partners.find((p) => p.partner_id.startsWith('P065'))!;
		await page.getByLabel('Partner zoeken').fill('<script>');
		await expect(page.getByRole('button', { name: /<script>/ }).first()).toBeVisible();
		await page.locator('tr[data-partner^="P065"] button').click();
		const panel = page.locator('.node-panel');
		await expect(panel.getByRole('heading', { level: 2 })).toContainText(partner.name);
		await expect(panel).toContainText(partner.contact_person!);
		await expectInert(page, 'the partner panel');
		await page.keyboard.press('Escape');

		const download = async (button: string, frame = page.locator('main')) => {
			const [file] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: button }).first().click()]);
			return readFile(await file.path());
		};
		const svg = (await download('Exporteer als SVG')).toString('utf8');
		const parsed = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				active: doc.querySelectorAll('script, foreignObject, iframe, [onload], [onerror], a').length,
				texts: [...doc.querySelectorAll('text, title')].map((t) => t.textContent ?? '').join('\n')
			};
		}, svg);
		expect(parsed.error).toBeNull();
		expect(parsed.active).toBe(0);
		expect([...(await download('Exporteer als PNG')).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

		await openReady(page, `/verwijzingen${q({ period: '2024-Q4' })}`);
		const csv = (await download('Exporteer als CSV')).toString('utf8');
		// Text that Excel would run as a formula is prefixed with '; markup stays as written.
		expect(csv).not.toMatch(/(^|;)"?=HYPERLINK/m);
		expect(csv).not.toMatch(/(^|;)"?\+cmd/m);

		await openReady(page, `/wijken${q({ period: '2024-Q4' })}`);
		const xlsx = await download('Tabel als Excel');
		const cells = (await readXlsxFile(xlsx)).flatMap((sheet) => sheet.data.flat()).filter((c): c is string => typeof c === 'string');
		expect(cells.some((c) => c.includes('<script>window.wijkradarPwned'))).toBe(true);
		const sheets = Object.entries(unzipSync(new Uint8Array(xlsx))).filter(([name]) => name.startsWith('xl/worksheets/'));
		expect(sheets.length).toBeGreaterThan(0);
		// Text goes into a string cell, never a formula (<f>), whatever it starts with.
		for (const [name, bytes] of sheets) expect(strFromU8(bytes), name).not.toMatch(/<f[ >]/);

		await openReady(page, `/rapport${q({ period: '2024-Q4' })}`);
		const pdf = test.info().outputPath('report.pdf');
		await page.emulateMedia({ media: 'print' });
		await page.pdf({ path: pdf, format: 'A4' });
		const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
		expect(text).toContain('<script>window.wijkradarPwned');
		await expectInert(page, '/rapport printed');
		expect(dialogs).toEqual([]);
	});
});
