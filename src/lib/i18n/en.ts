import { type MessageKey } from './nl';

/** English, second: same keys as Dutch; a missing key falls back to Dutch. */
export const en: Partial<Record<MessageKey, string>> = {
	'app.tagline': 'Network, referrals and progress of the neighbourhood plan',
	'nav.overview': 'Overview',
	'nav.network': 'Network',
	'network.dimmed': 'grey: not part of a gap shown',
	'nav.referrals': 'Referrals',
	'nav.wijken': 'Neighbourhoods',
	'overview.fraction': '{numerator} of {denominator}',
	'nav.report': 'Report',
	'nav.label': 'Main menu',
	'select.period': 'Period',
	'select.scope': 'Area',
	'select.region': 'Whole region',
	'status.engine': 'Loading the engine…',
	'status.demo': 'Loading the demo region…',
	'notices.label': 'Notices',
	'demo.banner': 'Demo data: a fictional region to explore Wijkradar. Load your own files under Data.',
	'privacy.local': 'Your data stays in this browser; nothing is sent anywhere.'
};
