import type { Caller } from '../../plugins/auth';
import { requireOfficer } from '../../policy';

/** Staff (工会干事) and the chair run the activity centre of the union they belong to. */
export const requireStaff = (caller: Caller) => requireOfficer(caller);
