import { can, type WithCapabilities } from '@/services/capabilities';

/** 工会干事 and 工会主席 of the member's own union run its activity centre (the server's `officer`). */
export function isBookingStaff(member: WithCapabilities | null | undefined): boolean {
  return can(member, 'officer');
}
