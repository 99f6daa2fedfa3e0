/**
 * The app's colours, from the Okabe–Ito palette, which stays distinct for the common forms of
 * colour blindness. Domains colour partners; tie kinds colour edges.
 */
export const domainColours: Record<string, string> = {
	zorg: '#0072B2',
	sociaal: '#E69F00',
	gemeente: '#009E73',
	overig: '#999999'
};

export const tieColours = {
	meeting: '#56B4E9',
	referral: '#D55E00',
	both: '#555555',
	/** New since the previous quarter, and gone since then (shown on demand). */
	added: '#000000',
	lost: '#CC79A7',
	coordinator: '#bbbbbb'
} as const;

/** Okabe–Ito without its black, for series without a colour of their own (reasons, receiver types). */
export const seriesColours = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

/**
 * What a chart draws besides its data: text, secondary text, grid lines, the paper under an
 * export, and the black of a total drawn over the series (the overall feedback rate).
 */
export const chartInk = {
	text: '#1f2328',
	muted: '#57606a',
	grid: '#e5e7eb',
	paper: '#ffffff',
	total: '#000000',
	bandLabel: '#4d4d4d'
} as const;

/** The coordinator overlay's own nodes. */
export const coordinatorColour = '#000000';

/** Nodes outside a highlighted gap fade to this, so the gap stands out without relying on hue alone. */
export const faded = '#dddddd';

/**
 * The keyboard focus ring (app.css `--focus`): Okabe–Ito vermilion, at least 3:1 against white and
 * every background of the app (WCAG 1.4.11), and unlike the blue of the buttons it rings.
 */
export const focusRing = '#D55E00';

/** Node labels on the map and in its export: dark text in a white halo, readable over ties. */
export const labelColours = { ink: '#1d2430', halo: '#ffffff' } as const;
