import { describe, expect, it } from 'vitest';
import * as contract from '../contract';
import { type Vocabulary } from '../contract';
import { partnerTypeLabel, vocabularyKey, vocabularyLabel, type VocabularyName } from './vocabulary';

/** Every vocabulary the contract exports, so a new one without Dutch names fails here. */
const vocabularies = Object.values(contract).filter((v): v is Vocabulary =>
	typeof v === 'object' && v !== null && 'entries' in v && 'name' in v && 'unknown' in v);

/** Ids that are Dutch words but not spelt as such: the contract keeps them ASCII. */
const misspelt = new Set(['casuistiek']);

describe('vocabulary names', () => {
	it('cover the seven vocabularies of the contract', () => {
		expect(vocabularies.map((v) => v.name).sort()).toEqual(['action_status', 'channel', 'domain', 'meeting_type', 'metric', 'partner_type', 'referral_reason']);
	});

	it('give every value a Dutch name, never the code when it has an underscore or is misspelt', () => {
		for (const vocabulary of vocabularies) {
			for (const { id } of vocabulary.entries) {
				const name = vocabulary.name as VocabularyName;
				expect(vocabularyKey(name, id), `${vocabulary.name} ${id}`).not.toBeNull();
				const label = vocabularyLabel(name, id);
				expect(label.trim(), `${vocabulary.name} ${id}`).not.toBe('');
				expect(label, `${vocabulary.name} ${id}`).not.toContain('_');
				if (id.includes('_') || misspelt.has(id)) expect(label, `${vocabulary.name} ${id}`).not.toBe(id);
			}
		}
		expect(partnerTypeLabel('veilig_thuis')).toBe('Veilig Thuis');
		expect(partnerTypeLabel('maatschappelijk_werk')).toBe('maatschappelijk werk');
		expect(partnerTypeLabel('cjg')).toBe('CJG');
		expect(vocabularyLabel('meeting_type', 'casuistiek')).toBe('casuïstiek');
	});

	it('read a value outside the vocabulary as it is, without underscores', () => {
		expect(partnerTypeLabel('buurt_huiskamer')).toBe('buurt huiskamer');
	});
});
