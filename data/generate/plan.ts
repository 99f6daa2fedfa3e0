import { LAST_DAY, addDays, cmp, maxIso, minIso, randomDate } from './calendar';
import type { Rng } from './random';
import { WIJKEN } from './region-data';
import type { Action, Goal } from './types';
import type { ActionStatus } from './vocab';
import { WEAK_WIJK } from './world';

/** Wijkplan actions [title, theme], in the words coordinators use for their knelpunten. */
const ACTIONS: [string, string][] = [
	['Sociale kaart voor alle praktijken actualiseren', 'Sociale kaart'],
	['Kennismaking huisartsen met de gebiedsmanager', 'Samenwerking gemeente'],
	['Werkafspraken over terugkoppeling met het sociaal wijkteam', 'Verwijzen en terugkoppelen'],
	['Spreekuur sociaal werker in de huisartsenpraktijk', 'Laagdrempelige toegang'],
	["Wijksafari voor huisartsen en POH's", 'Elkaar kennen'],
	['Lunchbijeenkomst schulden en gezondheid', 'Schulden'],
	['Welzijn op Recept in alle praktijken', 'Eenzaamheid'],
	['Structureel MDO kwetsbare ouderen', 'Kwetsbare ouderen'],
	['Wijknetwerk Jeugd met CJG en scholen', 'Jeugd en gezin'],
	['Scholing laaggeletterdheid voor doktersassistenten', 'Laaggeletterdheid'],
	['Verwijsroute POH-GGZ en basis-GGZ vastleggen', 'Psychosociale klachten'],
	['Wijkontbijt huiselijk geweld met de wijkagent', 'Huiselijk geweld'],
	['Mantelzorgers signaleren en doorverwijzen', 'Mantelzorg'],
	['Beweegaanbod in kaart voor leefstijlverwijzingen', 'Leefstijl'],
	['Afspraken met de woningcorporatie over woonproblemen', 'Wonen'],
	['Casuïstiekoverleg zorgmijders opzetten', 'Zorgmijders'],
	['Wijkanalyse met GGD-cijfers bespreken', 'Wijkanalyse']
];

function status(rng: Rng, due: string): [ActionStatus, string | null] {
	if (due <= LAST_DAY) {
		const s = rng.weighted<ActionStatus>([['afgerond', 70], ['lopend', 15], ['vervallen', 15]]);
		const done = minIso(LAST_DAY, addDays(due, rng.int(-40, 60)));
		return [s, s === 'afgerond' ? done : null];
	}
	const s = rng.weighted<ActionStatus>([['lopend', 45], ['gepland', 45], ['afgerond', 10]]);
	return [s, s === 'afgerond' ? randomDate(rng.next, '2024-08-01', LAST_DAY) : null];
}

export function buildActions(rng: Rng): Action[] {
	const rows: Omit<Action, 'action_id'>[] = [];
	for (const wijk of WIJKEN) {
		const weak = wijk.id === WEAK_WIJK;
		for (const [title, theme] of rng.sample(ACTIONS, weak ? 4 : rng.int(6, 8))) {
			const due = randomDate(rng.next, weak ? '2024-03-01' : '2023-03-01', '2025-09-30');
			const [s, done] = status(rng, due);
			rows.push({ wijk_id: wijk.id, title, theme, status: s, due_date: due, done_date: done && maxIso(done, '2023-01-16') });
		}
	}
	rows.sort((a, b) => cmp(a.wijk_id, b.wijk_id) || cmp(a.due_date, b.due_date));
	return rows.map((r, i) => ({ action_id: `A${String(i + 1).padStart(3, '0')}`, ...r }));
}

/** Targets the stuurgroep agreed on; W07 has lower standing targets as a starting wijk. */
export function buildGoals(): Goal[] {
	const g = (metric: string, target: number, wijk_id: string | null = null, period: string | null = null): Goal => ({
		metric, target, wijk_id, period
	});
	return [
		g('coordinators_gemeente_contact_share', 1),
		g('practices_wijkteam_linked_share', 0.8),
		g('referrals_social_share', 0.6),
		g('core_type_coverage', 0.875),
		g('kaart_freshness_share', 0.9),
		g('actions_done_share', 0.75),
		g('active_partners_share', 0.6),
		g('feedback_rate', 0.3, null, '2023'),
		g('feedback_rate', 0.5, null, '2024'),
		g('meetings_total', 18, null, '2023'),
		g('meetings_total', 28, null, '2024'),
		g('partners_reached', 60, null, '2024'),
		g('referrals_total', 300, null, '2024'),
		g('core_type_coverage', 0.5, WEAK_WIJK),
		g('practices_wijkteam_linked_share', 0.5, WEAK_WIJK),
		g('referrals_social_share', 0.7, 'W05'),
		g('feedback_rate', 0.7, 'W01', '2024-Q4')
	];
}
