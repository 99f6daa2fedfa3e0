import { describe, expect, it } from 'vitest';
import { pictureSvg } from './image';

const picture = {
	title: 'Netwerk <Zuid> & "Noord"',
	subtitle: 'Zuiderpark · 2024-Q4',
	legend: [{ label: 'zorg', color: '#0072B2', shape: 'dot' as const }, { label: 'verwijzingen', color: '#D55E00', shape: 'line' as const }],
	caption: 'Bron: eigen exportbestanden, Wijkradar',
	width: 400,
	height: 300,
	body: '<circle cx="10" cy="10" r="3"/>'
};

describe('exported pictures', () => {
	it('carry title, subtitle, legend and caption around the drawing, with text escaped', () => {
		const svg = pictureSvg(picture);
		expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="400" height="\d+"/);
		expect(svg).toContain('Netwerk &lt;Zuid&gt; &amp; &quot;Noord&quot;');
		expect(svg).not.toContain('<Zuid>');
		for (const text of ['Zuiderpark · 2024-Q4', '>zorg<', '>verwijzingen<', 'Bron: eigen exportbestanden, Wijkradar', '<circle cx="10"']) expect(svg).toContain(text);
		expect(svg.trim().endsWith('</svg>')).toBe(true);
	});

	it('mark a state with a square, apart from the dots of node kinds', () => {
		const svg = pictureSvg({ ...picture, legend: [{ label: 'grijs', color: '#dddddd', shape: 'square' }] });
		expect(svg).toMatch(/<rect x="16" y="\d+" width="12" height="12" rx="2" fill="#dddddd"\/><text x="38" y="\d+" font-size="12"><tspan x="38" dy="0">grijs<\/tspan><\/text>/);
	});

	it('grow by one row per legend item', () => {
		const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);
		expect(height(pictureSvg({ ...picture, legend: [] })) + 40).toBe(height(pictureSvg(picture)));
	});
});

describe('the caption of an exported picture', () => {
	const mono = (text: string, size: number) => text.length * size * 0.6;
	const caption = 'Bron: demoregio met eigen exportbestanden, verwerkt met Wijkradar op 2024-12-01. Verwijzingen tellen mee voor het gebied van de verwijzer.';
	const lines = (svg: string) => {
		const text = [...svg.matchAll(/<text [^>]*font-size="11"[^>]*>(.*?)<\/text>/g)].at(-1)![1];
		return [...text.matchAll(/<tspan [^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]);
	};
	const height = (svg: string) => Number(/height="(\d+)"/.exec(svg)![1]);

	it('wraps to the picture width, every word kept, and the picture grows to hold it', () => {
		const narrow = pictureSvg({ ...picture, width: 300, caption }, mono);
		const got = lines(narrow);
		expect(got.length).toBeGreaterThan(2);
		for (const line of got) expect(mono(line.trim(), 11), line).toBeLessThanOrEqual(300 - 24);
		expect(got.join('')).toBe(caption);
		const wide = pictureSvg({ ...picture, width: 2000, caption }, mono);
		expect(lines(wide)).toEqual([caption]);
		expect(height(narrow)).toBe(height(wide) + (got.length - 1) * 14);
	});

	it('stays above the bottom edge, its last line included', () => {
		const svg = pictureSvg({ ...picture, width: 300, caption }, mono);
		const y = Number(/<text x="12" y="(\d+)" font-size="11"/.exec(svg)![1]);
		expect(y + (lines(svg).length - 1) * 14).toBeLessThanOrEqual(height(svg) - 10);
	});
});
