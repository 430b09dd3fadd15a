import * as clock from '../../clock';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../../errors';
import { errors } from '../../schemas/common';
import { eventOfUnion } from './event-routes';
import { clubRepository } from './repository';
import { occupyRoom } from './room-reservation';
import { checkInRefusal } from './rules';
import { CheckInBody, CheckInResult } from './schemas';
import { allow } from '../../policy';

const tags = ['兴趣社团'];

/** A member scans the code the leader shows and is marked present, when signed up and on time. */
const checkInRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/check-in',
    {
      schema: {
        operationId: 'checkInClubEvent',
        tags,
        summary: '扫活动签到码签到：须已正式报名，且在活动开始前 30 分钟至结束之间',
        body: CheckInBody,
        response: { 200: CheckInResult, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const now = clock.now();
      return app.db.transaction(async (tx) => {
        const repo = clubRepository(tx);
        const [found] = await tx.query<{ id: number }>(
          `SELECT e.id FROM club_events e JOIN clubs c ON c.id = e.club_id WHERE e.check_in_code = $1 AND c.union_id = $2`,
          [request.body.code.trim().toUpperCase(), caller.unionId],
        );
        if (!found) throw notFound('签到码无效，请扫描负责人出示的活动签到码', 'UNKNOWN_CODE');
        const event = await eventOfUnion(repo, caller, found.id, true);
        const signUp = await repo.mySignUp(event.id, caller.memberId);
        const refusal = checkInRefusal(event, signUp, now);
        if (refusal) throw refusal;
        const [row] = await tx.query<{ checkedInAt: Date | null }>(
          `UPDATE club_event_signups SET attended = true, checked_in_at = coalesce(checked_in_at, $3)
            WHERE event_id = $1 AND member_id = $2 AND status = 'confirmed' RETURNING checked_in_at AS "checkedInAt"`,
          [event.id, caller.memberId, now],
        );
        await occupyRoom(tx, event.id, now);
        const { checkInCode: _code, ...view } = (await repo.eventView(event.id))!;
        return { event: view, checkedInAt: row!.checkedInAt ?? now, alreadyCheckedIn: signUp!.attended === true };
      });
    },
  );
};

export default checkInRoutes;
