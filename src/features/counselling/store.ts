import { create } from 'zustand';
import { getOverview } from './api';
import type { Overview } from './types';

interface CounsellingState {
  /** Whose overview this is: a different member signing in on the same phone must not see it. */
  memberId: number | null;
  overview: Overview | null;
  /** Fetches the overview (hotlines, consent, role) for this member and keeps it for every page. */
  refresh: (memberId: number) => Promise<Overview>;
  reset: () => void;
}

export const useCounselling = create<CounsellingState>()((set) => ({
  memberId: null,
  overview: null,
  refresh: async (memberId) => {
    const overview = await getOverview();
    set({ memberId, overview });
    return overview;
  },
  reset: () => set({ memberId: null, overview: null }),
}));

/** The overview for this member, or null when it is another member's or not loaded yet. */
export const overviewFor = (memberId: number | undefined) => (s: CounsellingState) =>
  s.memberId === memberId ? s.overview : null;

/** Agreed to the current version: booking is open. */
export const hasConsented = (overview: Overview | null): boolean =>
  !!overview?.consent.agreed && !overview.consent.needsRenewal;
