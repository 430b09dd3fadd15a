import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { conflict } from '../../errors';
import { errors, IdParams } from '../../schemas/common';
import { type NoteCipher, NoteKeyMismatchError } from '../../services/note-crypto';
import { COUNSELLORS_ONLY } from './access';
import { onAssigned } from './assigned';
import { Note, NoteBody, tags } from './schemas';
import { allow } from '../../policy';
import { sessionRecordRepository } from './notes-repository';

const noteContext = (appointmentId: number, authorId: number) => `counselling-note:${appointmentId}:${authorId}`;
const toBuffer = (value: Uint8Array) => Buffer.from(value);

/** The counsellor's private notes: sealed with AES-256-GCM, opened only for their author, every read audited. */
const noteRoutes: FastifyPluginAsyncTypebox<{ cipher: NoteCipher }> = async (app, { cipher }) => {
  app.get(
    '/desk/appointments/:id/note',
    {
      schema: {
        operationId: 'getCounsellingNote',
        tags,
        summary: '我对这次咨询的私人笔记（加密保存，只有写的人能读；写入审计日志）',
        params: IdParams,
        response: { 200: Note, ...errors(401, 403, 404, 409) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) =>
      onAssigned(app, request.caller, request.params.id, 'counselling.note.read', async ({ tx, row, counsellor }) => {
        const sealed = await sessionRecordRepository(tx).sealedNote(row.id, counsellor.id);
        if (!sealed) return { text: null, updatedAt: null };
        try {
          const parts = {
            keyId: sealed.keyId,
            iv: toBuffer(sealed.iv),
            ciphertext: toBuffer(sealed.ciphertext),
            authTag: toBuffer(sealed.authTag),
          };
          return { text: cipher.open(parts, noteContext(row.id, counsellor.id)), updatedAt: sealed.updatedAt };
        } catch (error) {
          if (error instanceof NoteKeyMismatchError)
            throw conflict('这条笔记是用另一把密钥加密的，现在无法读取；请联系系统管理员', 'NOTE_KEY_MISMATCH');
          throw error;
        }
      }),
  );

  app.put(
    '/desk/appointments/:id/note',
    {
      schema: {
        operationId: 'saveCounsellingNote',
        tags,
        summary: '保存我对这次咨询的私人笔记（覆盖上一版）',
        params: IdParams,
        body: NoteBody,
        response: { 200: Note, ...errors(400, 401, 403, 404, 409) },
      },
      preHandler: allow('counsellor', COUNSELLORS_ONLY),
    },
    async (request) =>
      onAssigned(
        app,
        request.caller,
        request.params.id,
        'counselling.note.write',
        async ({ tx, row, counsellor, now }) => {
          if (row.anonymisedAt) throw conflict('这条记录已去除身份信息，不能再写笔记', 'ANONYMISED');
          const sealed = cipher.seal(request.body.text, noteContext(row.id, counsellor.id));
          await sessionRecordRepository(tx).saveSealedNote(row.id, counsellor.id, sealed, now);
          return { text: request.body.text, updatedAt: now };
        },
      ),
  );
};

export default noteRoutes;
