import type { Caller } from '../../plugins/auth';
import { requireUnionRole } from '../../plugins/auth';

/** Staff (工会干事) and the chair run the activity centre of the union they belong to. */
export const requireStaff = (caller: Caller) => requireUnionRole(caller, caller.unionId, 'staff', 'chair');
