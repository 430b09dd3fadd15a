import { can, type WithCapabilities } from '@/services/capabilities';

/** A city or district union's supervisor: opens rounds, reviews, sees roll-ups (the server's `upperUnion`). */
export const isUpperOfficer = (m: WithCapabilities | null | undefined) => can(m, 'upperUnion');

/** A school's staff or chair: fills in the school's self-assessment (the server's `schoolOfficer`). */
export const isSchoolOfficer = (m: WithCapabilities | null | undefined) => can(m, 'schoolOfficer');
