import { forbidden, notFound } from '../../errors';
import type { Caller } from '../../plugins/auth';
import { clubLeader } from '../../policy';
import type { ClubRepository, ClubRow } from './repository';

export const CLUB_LINK = (id: number) => `/packages/clubs/pages/club/index?id=${id}`;
export const EVENT_LINK = (id: number) => `/packages/clubs/pages/event/index?id=${id}`;
/** The page the event's QR code opens, with the code as `scene` (no leading slash: WeChat's form). */
export const CHECK_IN_PAGE = 'packages/clubs/pages/check-in/index';
/** The public address of an announcement photo (as the API is mounted: /api/clubs). */
export const IMAGE_URL = (token: string) => `/api/clubs/images/${token}`;
export const IMAGE_URL_PATTERN = /^\/api\/clubs\/images\/([0-9a-f-]{36})$/;

/** A club of the caller's own union, or 404: other unions' clubs do not exist for them. */
export async function clubOfUnion(
  repo: ClubRepository,
  caller: Caller,
  clubId: number,
  lock = false,
): Promise<ClubRow> {
  const club = await repo.find(clubId, lock);
  if (!club || club.unionId !== caller.unionId) throw notFound('社团不存在');
  return club;
}

/** Only this club's own leaders may act for it. */
export async function requireLeader(repo: ClubRepository, caller: Caller, clubId: number): Promise<void> {
  if (!clubLeader(await repo.roleOf(clubId, caller.memberId))) throw forbidden('只有本社团的负责人可以进行此操作');
}
