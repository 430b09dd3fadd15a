import type { ApiSchema } from './api-types';

/** What a member may do, as the server's policies decided it (server/src/policy): GET /api/me's `capabilities`. */
export type Capabilities = ApiSchema<'Capabilities'>;
export type Capability = keyof Capabilities;

/** Any member-shaped value carrying the server's verdicts (the session's `Me`), without importing the session feature. */
export interface WithCapabilities {
  capabilities?: Capabilities;
}

/**
 * Whether the signed-in member may do `what`. It reads the server's verdict instead of repeating the
 * role rules here, so the mini-program offers exactly what the server will accept. A member loaded
 * before the server sent capabilities (an old cached session) may do nothing until /api/me is read again.
 */
export function can(member: WithCapabilities | null | undefined, what: Capability): boolean {
  return member?.capabilities?.[what] === true;
}
