import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { forbidden, notFound } from '../../errors';
import { hasRole } from '../../plugins/auth';
import { errors, Timestamp } from '../../schemas/common';
import { findUnion, isUnder, isUpperKind } from '../../services/union-tree';
import { peerRepository } from './peer-repository';
import { assessmentRepository } from './repository';
import { RoundParams, tags } from './schemas';
import { allow, officerOf } from '../../policy';

const PeerPair = Type.Object({
  schoolId: Type.Integer(),
  schoolName: Type.String(),
  reviewerSchoolId: Type.Integer(),
  reviewerName: Type.String(),
  comment: Type.String(),
  commentedAt: Type.Union([Timestamp, Type.Null()]),
});
const PeerList = Type.Object({
  canAssign: Type.Boolean({ description: '上级工会：可以安排本工会之下的互查' }),
  pairs: Type.Array(PeerPair),
});

/** 片组互查 as each side sees it: the upper union every pair below it, a school the schools it looks over. */
const peerRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/rounds/:roundId/peers',
    {
      schema: {
        operationId: 'listPeerReviews',
        tags,
        summary: '片组互查安排（上级工会：本工会之下的全部；学校：本校要查看的学校）',
        params: RoundParams,
        response: { 200: PeerList, ...errors(401, 403, 404) },
      },
      preHandler: allow('member'),
    },
    async (request) => {
      const { caller } = request;
      const union = await findUnion(app.db, caller.unionId);
      const round = await assessmentRepository(app.db).round(request.params.roundId);
      const upper = isUpperKind(union?.kind) && hasRole(caller, caller.unionId, 'supervisor');
      const school = union?.kind === 'school' && officerOf(caller, caller.unionId);
      if (!upper && !school) throw forbidden('只有上级工会和学校工会干事可以查看互查安排');
      // A round is visible from the unions above it and below it, as the round list shows it.
      if (
        !round ||
        !(
          (await isUnder(app.db, round.unionId, caller.unionId)) ||
          (await isUnder(app.db, caller.unionId, round.unionId))
        )
      )
        throw notFound('评家不存在');
      const peers = peerRepository(app.db);
      const pairs = upper
        ? await peers.peerPairsUnder(round.id, caller.unionId)
        : await peers.peerPairsReviewedBy(round.id, caller.unionId);
      return { canAssign: upper, pairs };
    },
  );
};

export default peerRoutes;
