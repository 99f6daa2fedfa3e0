import type { ActionStatus, Channel, Domain, MeetingType, PartnerType, Reason } from './vocab';

export interface Wijk {
	wijk_id: string;
	name: string;
	gemeente: string;
	region: string;
	patients: number;
}

export interface Coordinator {
	coordinator_id: string;
	name: string;
	wijk_id: string;
	organisation: string;
	hours_per_week: number;
	started_on: string;
}

export interface Partner {
	partner_id: string;
	name: string;
	type: PartnerType;
	wijk_id: string | null;
	domain: Domain;
	contact_person: string;
	phone: string;
	email: string;
	verified_on: string;
	active_from: string | null;
	active_until: string | null;
	/** Internal only (not written): the part this partner plays in the demo story. */
	role: string;
}

export interface Meeting {
	meeting_id: string;
	date: string;
	wijk_id: string | null;
	type: MeetingType;
	theme: string;
	coordinator_id: string | null;
}

export interface Attendance {
	meeting_id: string;
	partner_id: string;
	attendees: number;
}

export interface Referral {
	referral_id: string | null;
	date: string;
	from_partner_id: string;
	to_partner_id: string;
	reason: Reason;
	count: number;
	feedback: number;
}

export interface Contact {
	date: string;
	coordinator_id: string;
	partner_id: string;
	channel: Channel;
}

export interface Action {
	action_id: string;
	wijk_id: string;
	title: string;
	theme: string;
	status: ActionStatus;
	due_date: string;
	done_date: string | null;
}

export interface Goal {
	metric: string;
	target: number;
	wijk_id: string | null;
	period: string | null;
}

export interface Dataset {
	wijken: Wijk[];
	coordinators: Coordinator[];
	partners: Partner[];
	meetings: Meeting[];
	attendance: Attendance[];
	referrals: Referral[];
	contacts: Contact[];
	actions: Action[];
	goals: Goal[];
}
