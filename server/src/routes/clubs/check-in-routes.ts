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
        const eventId = await repo.eventIdByCheckInCode(caller.unionId, request.body.code.trim().toUpperCase());
        if (eventId === null) throw notFound('签到码无效，请扫描负责人出示的活动签到码', 'UNKNOWN_CODE');
        const event = await eventOfUnion(repo, caller, eventId, true);
        const signUp = await repo.mySignUp(event.id, caller.memberId);
        const refusal = checkInRefusal(event, signUp, now);
        if (refusal) throw refusal;
        const checkedInAt = await repo.checkIn(event.id, caller.memberId, now);
        await occupyRoom(tx, event.id, now);
        const { checkInCode: _code, ...view } = (await repo.eventView(event.id))!;
        return { event: view, checkedInAt: checkedInAt ?? now, alreadyCheckedIn: signUp!.attended === true };
      });
    },
  );
};

export default checkInRoutes;
