import type { FastifyInstance } from 'fastify';
import type { Static, TSchema } from '@sinclair/typebox';
import type { Queryable } from '../../db';
import { errors, IdParams } from '../../schemas/common';
import { changeAppointment, viewerOf } from './access';
import { type AppointmentRow, appointmentRepository } from './appointments-repository';
import { now } from '../../clock';
import { ReceptionAppointment } from './schemas';
import type { Viewer } from './views';
import { toAppointmentView } from './views';
import { allow } from '../../policy';

export const tags = ['工会主席接待日'];

export interface ActionContext<Body> {
  /** The appointment, locked for this change and visible to the caller. */
  row: AppointmentRow;
  tx: Queryable;
  viewer: Viewer;
  at: Date;
  body: Body;
}

interface ActionSpec<B extends TSchema> {
  method: 'POST' | 'PUT';
  url: string;
  operationId: string;
  summary: string;
  body: B;
}

/**
 * One step of a visit (cancel, attendance, 登记, 交办, 答复, rating): the rule runs in a transaction
 * with the row locked, so two officers tapping at once take turns, and the answer is the visit as
 * the caller may now see it.
 */
export function appointmentAction<B extends TSchema>(
  app: FastifyInstance,
  spec: ActionSpec<B>,
  act: (c: ActionContext<Static<B>>) => Promise<void>,
) {
  app.route({
    method: spec.method,
    url: spec.url,
    schema: {
      operationId: spec.operationId,
      tags,
      summary: spec.summary,
      params: IdParams,
      body: spec.body,
      response: { 200: ReceptionAppointment, ...errors(400, 401, 403, 404, 409) },
    },
    preHandler: allow('member'),
    handler: async (request) => {
      const viewer = viewerOf(request.caller);
      const at = now();
      const { id } = request.params as Static<typeof IdParams>;
      return changeAppointment(app.db, id, viewer, async (row, tx) => {
        await act({ row, tx, viewer, at, body: request.body as Static<B> });
        return toAppointmentView((await appointmentRepository(tx).find(row.id))!, viewer, at);
      });
    },
  });
}
