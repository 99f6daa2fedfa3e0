import { type Gap } from '../metrics/gaps';
import { t } from './index';
import { shortText } from './short-text';
import { partnerTypeLabel } from './vocabulary';

/** A name in a sentence is cut beyond this: a line, a PDF's paragraph or a tooltip stays readable. */
const NAME_IN_TEXT = 100;

/** The names a gap's ids stand for; an id without a name is shown as it is. */
export type GapNames = { partners: Map<string, string>; wijken: Map<string, string> };

/** Where a gap is: "wijk Vlietpolder", or "zonder wijk". */
export const gapWhere = (gap: Gap, names: GapNames) =>
	gap.wijk_id ? t('gaps.wijk', { wijk: shortText(names.wijken.get(gap.wijk_id) ?? gap.wijk_id, NAME_IN_TEXT) }) : t('gaps.noWijk');

/** A partner by name, with its id to tell two of the same name apart. */
const partner = (id: string, names: GapNames) => `${shortText(names.partners.get(id) ?? id, NAME_IN_TEXT)} (${id})`;

/** One line of the gap list: "wijk Vlietpolder: CJG", "Praktijk X (P074) naar Wijkteam Y (P078), wijk Eikenrode". */
export function gapText(gap: Gap, names: GapNames): string {
	if (gap.kind === 'missing_core_type') return `${gapWhere(gap, names)}: ${partnerTypeLabel(gap.type ?? '')}`;
	const to = gap.to_partner_id ? ` ${t('gaps.to', { partner: partner(gap.to_partner_id, names) })}` : '';
	return `${gap.partner_id ? partner(gap.partner_id, names) : ''}${to}, ${gapWhere(gap, names)}`;
}
