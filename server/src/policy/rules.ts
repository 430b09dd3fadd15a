import type { Caller, RoleName } from '../plugins/auth';
import { isUpperKind } from '../services/union-tree';

/**
 * Who may do what, in one place. A route names the policy it needs (see `allow` in ./guard) and
 * /api/me reports the member-level ones as capabilities, so the mini-program shows exactly what the
 * server will accept instead of repeating these rules.
 */

/** What a member-level policy is decided on: the caller's grants and the kind of union they belong to. */
export interface Standing {
  caller: Pick<Caller, 'unionId' | 'roles'>;
  unionKind: string;
}

/** 工会干事 and 工会主席: the officers who run a union's daily work. */
export const OFFICER_ROLES = ['staff', 'chair'] as const satisfies readonly RoleName[];

export const holds = (caller: Pick<Caller, 'roles'>, unionId: number, roles: readonly RoleName[]) =>
  caller.roles.some((grant) => grant.unionId === unionId && roles.includes(grant.role));

/** 工会干事 or 主席 of `unionId` (a club's, a survey's, a case's union). */
export const officerOf = (caller: Pick<Caller, 'roles'>, unionId: number) => holds(caller, unionId, OFFICER_ROLES);

/** Who runs a union's roster and roles: staff and the chair of a school, the supervisor of a district or city. */
export const rosterRolesOf = (unionKind: string): RoleName[] =>
  isUpperKind(unionKind) ? ['supervisor'] : [...OFFICER_ROLES];

/**
 * The member-level policies, each named for the people it lets in. Every signed-in member passes
 * `member`; the rest are read on the caller's own union, never on a union they merely once served.
 */
export const memberPolicies = {
  /** Any signed-in, active member. */
  member: () => true,
  /** 工会干事 or 主席 of the member's own union: notices, activity centre, help cases, clubs, evaluations, reception, counselling, congress. */
  officer: ({ caller }: Standing) => officerOf(caller, caller.unionId),
  /** 工会干事 or 主席 of a school union: the school's self-assessment and care summary. */
  schoolOfficer: ({ caller, unionKind }: Standing) => unionKind === 'school' && officerOf(caller, caller.unionId),
  /** A school's officers (their own school) and an upper union (every school below it) read the care summary. */
  careSummaryReader: (standing: Standing): boolean =>
    memberPolicies.schoolOfficer(standing) || memberPolicies.upperUnion(standing),
  /** The supervisor of a city or district union (上级工会): rounds, reviews, roll-ups over the schools below. */
  upperUnion: ({ caller, unionKind }: Standing) =>
    isUpperKind(unionKind) && holds(caller, caller.unionId, ['supervisor']),
  /** Whoever keeps the member roster and hands out roles of their union. */
  rosterManager: ({ caller, unionKind }: Standing) => holds(caller, caller.unionId, rosterRolesOf(unionKind)),
  /** 心理咨询师 of the member's own union (the counselling desk also needs their counsellor profile). */
  counsellor: ({ caller }: Standing) => holds(caller, caller.unionId, ['counsellor']),
  /** Any officer role on the member's own union opens the 工作台. */
  workbench: ({ caller }: Standing) => caller.roles.some((grant) => grant.unionId === caller.unionId),
  /** The chair (or an upper union's supervisor) reads the audit log. */
  auditReader: ({ caller }: Standing) => holds(caller, caller.unionId, ['chair', 'supervisor']),
  /** Officers publish notices for the union they belong to: staff and the chair of a school, the supervisor of a district. */
  noticePublisher: ({ caller }: Standing) => holds(caller, caller.unionId, ['staff', 'chair', 'supervisor']),
  /** Holds the supervisor role on any union: the evaluation roll-up across its schools. */
  supervisor: ({ caller }: Standing) => caller.roles.some((grant) => grant.role === 'supervisor'),
} satisfies Record<string, (standing: Standing) => boolean>;

export type MemberPolicy = keyof typeof memberPolicies;
export const MEMBER_POLICIES = Object.keys(memberPolicies) as MemberPolicy[];

/** Policies that read the kind of the caller's union, so the guard loads it only for these. */
export const NEEDS_UNION_KIND: ReadonlySet<MemberPolicy> = new Set([
  'schoolOfficer',
  'upperUnion',
  'rosterManager',
  'careSummaryReader',
]);

/** Every member-level policy decided for one member: what /api/me reports as `capabilities`. */
export const capabilitiesOf = (standing: Standing) =>
  Object.fromEntries(MEMBER_POLICIES.map((name) => [name, memberPolicies[name](standing)])) as Record<
    MemberPolicy,
    boolean
  >;

// Resource-level policies: decided on a row the domain's repository has already read.

/** A club's own leaders act for it (its members and the union's officers do not). */
export const clubLeader = (clubRole: string | null | undefined) => clubRole === 'leader';

/** The counsellor an appointment was made with: the member behind its counsellor profile. */
export const counsellorOf = (caller: Pick<Caller, 'memberId'>, appointment: { counsellorMemberId: number }) =>
  appointment.counsellorMemberId === caller.memberId;

/** 提案工作委员会 of a congress term, read from its 代表 list. */
export const motionsCommittee = (standing: { committee: boolean }) => standing.committee;
