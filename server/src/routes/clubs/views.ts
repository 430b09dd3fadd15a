import type { ClubRepository } from './repository';
import { checkInOpensAt } from './rules';

/** An event as one member sees it: the check-in code only for its club's leaders. */
export async function eventView(repo: ClubRepository, id: number, memberId: number) {
  const { unionId: _unionId, checkInCode, ...event } = (await repo.eventView(id))!;
  const isLeader = (await repo.roleOf(event.clubId, memberId)) === 'leader';
  return {
    ...event,
    isLeader,
    mySignUp: await repo.mySignUp(id, memberId),
    checkInOpensAt: checkInOpensAt(new Date(event.startsAt)),
    checkInCode: isLeader ? checkInCode : null,
  };
}
