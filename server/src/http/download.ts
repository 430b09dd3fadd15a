import type { FastifyReply } from 'fastify';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Sends a file as an attachment: an ASCII fallback filename plus the RFC 5987 UTF-8 name. */
export function sendDownload(
  reply: FastifyReply,
  contentType: string,
  asciiName: string,
  name: string,
  body: Buffer | string,
) {
  return reply
    .header('content-type', contentType)
    .header('content-disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(body);
}

/**
 * Sends an uploaded file (a photo or PDF) to open in place, under the name it was uploaded with. Private and
 * short-cached: it is someone's attachment; nosniff so a file can never be run as another type.
 */
export function sendInline(reply: FastifyReply, file: { contentType: string; fileName: string }, body: Buffer) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('cache-control', 'private, max-age=600')
    .header('x-content-type-options', 'nosniff')
    .send(body);
}
