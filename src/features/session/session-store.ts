import { create } from 'zustand';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { Me, Session } from './types';

export interface SessionState {
  token: string | null;
  expiresAt: string | null;
  member: Me | null;
}

export interface SessionActions {
  signIn: (session: Session) => void;
  /** Refresh the member after GET /api/me without touching the token. */
  setMember: (member: Me) => void;
  signOut: () => void;
  reset: () => void;
}

export type SessionStore = SessionState & SessionActions;

export const SESSION_STORAGE_KEY = 'jzgzj.session';

const initialState: SessionState = { token: null, expiresAt: null, member: null };

/** Built from a storage so tests can hand in an in-memory one. */
export function createSessionStore(storage: StateStorage) {
  return create<SessionStore>()(
    persist(
      (set) => ({
        ...initialState,
        signIn: ({ token, expiresAt, member }) => set({ token, expiresAt, member }),
        setMember: (member) => set({ member }),
        signOut: () => set(initialState),
        reset: () => set(initialState),
      }),
      {
        name: SESSION_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ token, expiresAt, member }) => ({ token, expiresAt, member }),
      },
    ),
  );
}

/** A stored session past its expiry is treated as no session at all. */
export function isSignedIn(state: SessionState, now: number = Date.now()): boolean {
  if (!state.token || !state.member) return false;
  if (!state.expiresAt) return true;
  const expires = Date.parse(state.expiresAt);
  return Number.isNaN(expires) || expires > now;
}
