import { can, type WithCapabilities } from '@/services/capabilities';

/** 工会干事 and 工会主席 run their own union's evaluations (the server's `officer`). */
export function canManageSurveys(member: WithCapabilities | null | undefined): boolean {
  return can(member, 'officer');
}

/** The district union sees the roll-up across its schools (the server's `supervisor`). */
export function isSupervisor(member: WithCapabilities | null | undefined): boolean {
  return can(member, 'supervisor');
}
