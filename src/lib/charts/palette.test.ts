import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssVariables, focusRing } from './palette';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
		.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, 1 … 21. */
function contrast(a: string, b: string): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (light + 0.05) / (dark + 0.05);
}

const css = readFileSync(join(import.meta.dirname, '../../app.css'), 'utf8');
const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(css)?.[1];

describe('the focus ring', () => {
	it('is computed right: the old amber ring had 2.25:1 on white', () => {
		expect(contrast('#e69f00', '#ffffff')).toBeCloseTo(2.25, 2);
		expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
	});

	it('is the palette colour in app.css, and every focus outline uses it', () => {
		expect(variable('focus')?.toLowerCase()).toBe(focusRing.toLowerCase());
		const outlines = css.match(/outline:[^;]+;/g) ?? [];
		expect(outlines.filter((o) => o !== 'outline: none;')).toEqual(outlines.filter((o) => o.includes('var(--focus)')));
	});

	it('has at least 3:1 contrast against white and each background of the app', () => {
		const backgrounds = ['#ffffff', ...['bg', 'card', 'warn-bg'].map((name) => variable(name)!)];
		for (const background of backgrounds) expect(contrast(focusRing, background), background).toBeGreaterThanOrEqual(3);
	});
});

describe('the one palette', () => {
	it("app.css's custom properties are palette.ts's colours, no more and no fewer", () => {
		const root = [...css.matchAll(/:root\s*{([^}]*)}/g)].map((m) => m[1]).join('\n');
		const declared = Object.fromEntries([...root.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{3,8})/gi)].map((m) => [m[1], m[2].toLowerCase()]));
		expect(declared).toEqual(Object.fromEntries(Object.entries(cssVariables).map(([name, colour]) => [name, colour.toLowerCase()])));
	});

	it('no other source file writes a colour of its own', () => {
		const src = join(import.meta.dirname, '../..');
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|svelte|css)$/.test(f) && !/\.test\.ts$|palette\.ts$|^app\.css$/.test(f));
		const offenders = files.filter((f) => {
			const text = readFileSync(join(src, f), 'utf8');
			return /#[0-9a-f]{6}\b|#[0-9a-f]{3}\b(?![\w-])/i.test(text.replace(/&#x?[0-9a-f]+;/gi, ''));
		});
		expect(offenders).toEqual([]);
	});
});
