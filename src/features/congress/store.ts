import { create } from 'zustand';
import { listSessions } from './api';
import type { CongressSession } from './types';

interface CongressState {
  /** Whose sessions these are: a different member signing in on the same phone must not see them. */
  memberId: number | null;
  sessions: CongressSession[] | null;
  /** 工会干事 or 主席: may open sessions, mark 代表 and keep the 承办部门. */
  manage: boolean;
  /** The session the pages show; the newest unless the member picked another. */
  currentId: number | null;
  refresh: (memberId: number) => Promise<CongressSession[]>;
  choose: (id: number) => void;
  reset: () => void;
}

export const useCongress = create<CongressState>()((set, get) => ({
  memberId: null,
  sessions: null,
  manage: false,
  currentId: null,
  refresh: async (memberId) => {
    const { items: sessions, manage } = await listSessions();
    const kept = get().memberId === memberId && sessions.some((s) => s.id === get().currentId) ? get().currentId : null;
    set({ memberId, sessions, manage, currentId: kept ?? sessions[0]?.id ?? null });
    return sessions;
  },
  choose: (id) => set({ currentId: id }),
  reset: () => set({ memberId: null, sessions: null, manage: false, currentId: null }),
}));

/** The current session for this member, or null when none is loaded (or it is another member's). */
export const currentSession = (memberId: number | undefined) => (s: CongressState) =>
  s.memberId === memberId ? (s.sessions?.find((x) => x.id === s.currentId) ?? null) : null;
