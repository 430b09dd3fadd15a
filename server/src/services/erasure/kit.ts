import type { Queryable } from '../../db';
import { LINKS as COUNSELLING_LINKS } from '../../routes/counselling';
import { caseLink, memberLink } from '../../routes/help';
import { appointmentLink } from '../../routes/reception';
import { ROLE_NAMES } from '../../schemas/member';
import { erasureKitRepository } from './kit-repository';

/**
 * 注销账号 (PIPL Art. 47): what happens to a member's personal data, one rule per row of the table
 * in docs/personal-data.md, in the same order. The records stay, so every count, rate and
 * turnout stays the same; what identifies the person, and what they wrote, goes. All rules run
 * in one transaction; files are deleted from the store after it commits.
 */
export const RULES_VERSION = '2026-2';
export const ERASED_NAME = '已注销会员';
/** Replaces free text in a column that must not be empty. */
export const CLEARED = '（已随账号注销清除）';
export const CANCEL_REASON = '会员注销账号';
/** What others' messages about the member's records say instead. */
export const OTHERS_MESSAGE = '该会员已注销账号，相关内容已删除。';
/** Holders of these roles are refused: their role is taken away by another officer first. */
export const OFFICER_ROLES = ROLE_NAMES;

export interface ErasureTarget {
  id: number;
  unionId: number;
  phone: string;
  openid: string | null;
  roles: string[];
}

export interface Erasure {
  tx: Queryable;
  member: ErasureTarget;
  now: Date;
  templates: Record<string, string>;
  /** What each rule did, as numbers only: the audit entry's detail. */
  counts: Record<string, number>;
  /** Storage keys to delete from the file store once the transaction has committed. */
  files: string[];
  /** SHA-256 of the sessions that were open, so a late request is told the account is gone. */
  revokedSessions: string[];
}

export interface ErasureRule {
  /** 数据, the first column of the table in docs/personal-data.md. */
  area: string;
  /** 表, its second column. */
  tables: string[];
  apply: (e: Erasure) => Promise<void>;
}

/** Message links (as the features write them) that open one of the member's own records. */
export async function recordLinks({ tx, member }: Erasure): Promise<string[]> {
  const { help, reception, counselling } = await erasureKitRepository(tx).ownRecordIds(member.id);
  return [
    ...help.flatMap((id) => [memberLink(id), caseLink(id)]),
    ...reception.map(appointmentLink),
    ...counselling.flatMap((id) => [COUNSELLING_LINKS.member(id), COUNSELLING_LINKS.desk(id)]),
  ];
}

// Tables the safety net leaves alone: the member row has its own rule, the audit log is
// append-only and never holds personal data, evaluation answers must stay unlinkable (an update
// would mark a row as touched by this erasure), and the erasure record itself.
export const SWEEP_EXCLUDED = [
  'members',
  'audit_log',
  'survey_answers',
  'survey_comments',
  'account_erasures',
  'schema_version',
];
