import { type LegendItem } from '../../export/image';
import { t, type MessageKey } from '../../i18n';
import { coordinatorColour, domainColours, faded, tieColours } from '../palette';

/** What the map shows, in the order of its legend: on screen and in its export alike. */
export function networkLegend(shown: { showMeetings: boolean; showReferrals: boolean; showChanges: boolean; showCoordinators: boolean; dimmed: boolean }): LegendItem[] {
	const line = (label: string, color: string): LegendItem => ({ label, color, shape: 'line' });
	return [
		...Object.entries(domainColours).map(([domain, color]) => ({ label: t(`network.domain.${domain}` as MessageKey), color, shape: 'dot' as const })),
		...(shown.dimmed ? [{ label: t('network.dimmed'), color: faded, shape: 'square' as const, key: 'dimmed' }] : []),
		...(shown.showMeetings ? [line(t('network.meetingTies'), tieColours.meeting)] : []),
		...(shown.showReferrals ? [line(t('network.referralTies'), tieColours.referral)] : []),
		line(t('network.bothTies'), tieColours.both),
		...(shown.showChanges ? [line(t('network.added'), tieColours.added), line(t('network.lost'), tieColours.lost)] : []),
		...(shown.showCoordinators ? [{ label: t('network.coordinators'), color: coordinatorColour, shape: 'dot' as const }] : [])
	];
}
