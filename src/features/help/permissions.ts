import { can, type WithCapabilities } from '@/services/capabilities';

/** 工会干事 and 工会主席 of the member's own union handle its help cases (the server's `officer`). */
export function handlesHelp(member: WithCapabilities | null | undefined): boolean {
  return can(member, 'officer');
}

export const TITLE_MAX = 50;
export const DESCRIPTION_MAX = 1000;
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
