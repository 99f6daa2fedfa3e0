import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildContacts } from './contacts';
import { toCsv } from './csv';
import { draftMeetings, numberMeetings } from './meetings';
import { buildActions, buildGoals } from './plan';
import { createRng } from './random';
import { buildReferrals } from './referrals';
import { buildCoordinators, buildPartners, buildWijken } from './region';
import type { Dataset } from './types';
import { buildWorld } from './world';

export const SEED = 20_241_231;

/** Canonical column names of shared/DATA-CONTRACT.md, in the contract's order. */
export const COLUMNS = {
	wijken: ['wijk_id', 'name', 'gemeente', 'region', 'patients'],
	coordinators: ['coordinator_id', 'name', 'wijk_id', 'organisation', 'hours_per_week', 'started_on'],
	partners: ['partner_id', 'name', 'type', 'wijk_id', 'domain', 'contact_person', 'phone', 'email', 'verified_on',
		'active_from', 'active_until'],
	meetings: ['meeting_id', 'date', 'wijk_id', 'type', 'theme', 'coordinator_id'],
	attendance: ['meeting_id', 'partner_id', 'attendees'],
	referrals: ['referral_id', 'date', 'from_partner_id', 'to_partner_id', 'reason', 'count', 'feedback'],
	contacts: ['date', 'coordinator_id', 'partner_id', 'channel'],
	actions: ['action_id', 'wijk_id', 'title', 'theme', 'status', 'due_date', 'done_date'],
	goals: ['metric', 'target', 'wijk_id', 'period']
} as const satisfies { [K in keyof Dataset]: readonly (keyof Dataset[K][number] & string)[] };

export type TableName = keyof typeof COLUMNS;

export function buildDataset(seed = SEED): Dataset {
	// One stream per concern: see random.ts.
	const partners = buildPartners(createRng(seed + 1));
	const world = buildWorld(partners, createRng(seed + 2));
	const { meetings, attendance } = numberMeetings(draftMeetings(world, createRng(seed + 3)), createRng(seed + 4));
	return {
		wijken: buildWijken(),
		coordinators: buildCoordinators(),
		partners,
		meetings,
		attendance,
		referrals: buildReferrals(world, createRng(seed + 5)),
		contacts: buildContacts(world, createRng(seed + 6)),
		actions: buildActions(createRng(seed + 7)),
		goals: buildGoals()
	};
}

export function datasetCsv(data: Dataset): Record<TableName, string> {
	return {
		wijken: toCsv(COLUMNS.wijken, data.wijken),
		coordinators: toCsv(COLUMNS.coordinators, data.coordinators),
		partners: toCsv(COLUMNS.partners, data.partners),
		meetings: toCsv(COLUMNS.meetings, data.meetings),
		attendance: toCsv(COLUMNS.attendance, data.attendance),
		referrals: toCsv(COLUMNS.referrals, data.referrals),
		contacts: toCsv(COLUMNS.contacts, data.contacts),
		actions: toCsv(COLUMNS.actions, data.actions),
		goals: toCsv(COLUMNS.goals, data.goals)
	};
}

/** Writes one CSV per table to dir; returns the row count per table. */
export function writeDataset(dir: string, seed = SEED): Record<TableName, number> {
	const data = buildDataset(seed);
	mkdirSync(dir, { recursive: true });
	const files = datasetCsv(data);
	const counts = {} as Record<TableName, number>;
	for (const table of Object.keys(files) as TableName[]) {
		writeFileSync(join(dir, `${table}.csv`), files[table], 'utf8');
		counts[table] = data[table].length;
	}
	return counts;
}
