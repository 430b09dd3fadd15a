import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a file as an attachment: an ASCII fallback filename plus the RFC 5987 UTF-8 name. */
export function sendDownload(reply: FastifyReply, contentType: string, asciiName: string, name: string, body: Buffer | string) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}
