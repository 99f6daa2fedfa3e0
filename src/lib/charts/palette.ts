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
 * Comparing wijken: a wijk inside the funnel and outside it; a heatmap cell whose target is met,
 * missed, or that has none. Blue against orange stays distinct in the common colour blindnesses.
 */
export const compareColours = {
	inside: '#0072B2',
	outside: '#D55E00',
	met: '#56B4E9',
	missed: '#E69F00',
	noTarget: '#eeeeee'
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

/** The page's own colours; app.css holds them as custom properties (`cssVariables`), checked by a test. */
export const ui = {
	primary: '#0f5e9c',
	accent: '#1f5f8b',
	text: '#1d2430',
	muted: '#5b6472',
	page: '#f7f8fa',
	card: '#ffffff',
	border: '#d9dde3',
	warnBg: '#fff4d6',
	warnBorder: '#e8d49a',
	highlight: '#fff4e5',
	dropBg: '#eef5fb',
	error: '#a3261b',
	/** A target met, and missed. */
	good: '#1a7f37',
	bad: '#b35900'
} as const;

/**
 * What a chart draws besides its data: text, secondary text, grid lines, the paper under an
 * export, the black of a total drawn over the series (the overall feedback rate), a sankey's nodes.
 */
export const chartInk = {
	text: ui.text,
	muted: ui.muted,
	grid: '#e5e7eb',
	paper: '#ffffff',
	total: '#000000',
	node: '#4d4d4d'
} as const;

/** app.css's :root custom properties, each one of the colours above. */
export const cssVariables: Record<string, string> = {
	'--color-primary': ui.primary,
	'--accent': ui.accent,
	'--fg': ui.text,
	'--muted': ui.muted,
	'--bg': ui.page,
	'--card': ui.card,
	'--border': ui.border,
	'--warn-bg': ui.warnBg,
	'--warn-border': ui.warnBorder,
	'--highlight': ui.highlight,
	'--drop-bg': ui.dropBg,
	'--error': ui.error,
	'--good': ui.good,
	'--bad': ui.bad,
	'--focus': focusRing,
	// LayerChart's names for its axes' ink and the paper behind its labels.
	'--color-surface-content': chartInk.text,
	'--color-surface-100': chartInk.paper
};

/** Node labels on the map and in its export: dark text in a white halo, readable over ties. */
export const labelColours = { ink: '#1d2430', halo: '#ffffff' } as const;
