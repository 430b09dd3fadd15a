export type StoredContentType = 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf';

const startsWith = (buffer: Buffer, bytes: number[], offset = 0) =>
  buffer.length >= offset + bytes.length && bytes.every((byte, i) => buffer[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The type of a file by its first bytes, never by its name or the type the client claims: a
 * renamed .exe stays refused. Only the four types attachments may have are recognised.
 */
export function sniffContentType(buffer: Buffer): StoredContentType | null {
  if (startsWith(buffer, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(buffer, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(buffer, ascii('RIFF')) && startsWith(buffer, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(buffer, ascii('%PDF-'))) return 'application/pdf';
  return null;
}
