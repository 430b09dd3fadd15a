/**
 * The check-in page gets the event's code as `scene`: URL-encoded by WeChat's mini-program code,
 * already decoded in the H5 QR's address. null when the link is broken.
 */
export function readCheckInScene(raw: string | undefined): string | null {
  if (!raw) return null;
  let value = raw;
  try {
    value = decodeURIComponent(value);
  } catch {
    // keep it as sent
  }
  value = value.trim();
  return /^[A-Za-z0-9]{8,32}$/.test(value) ? value : null;
}
