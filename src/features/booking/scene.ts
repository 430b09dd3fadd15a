// The check-in page is opened by the door code. On weapp a mini-program code hands its `scene`
// to the page URL-encoded; on H5 the QR's URL carries `?scene=` already decoded. Either way the
// page gets the room's code, or null when the link is broken.
const SCENE = /^[A-Za-z0-9_-]{1,32}$/;

export function readScene(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw;
  // Decoding twice is harmless for a code of letters and digits, and covers a scene that WeChat
  // and a share link both encoded.
  for (let i = 0; i < 2 && /%[0-9A-Fa-f]{2}/.test(value); i += 1) {
    try {
      value = decodeURIComponent(value);
    } catch {
      break;
    }
  }
  value = value.trim();
  // A scene written as `code=ABC123` (key=value, the usual way to pack several values).
  const pair = /^(?:code|c|scene)=(.+)$/.exec(value);
  if (pair) value = pair[1]!;
  return SCENE.test(value) ? value : null;
}
