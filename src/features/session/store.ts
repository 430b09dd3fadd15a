import { storage } from '@/services/storage';
import { createSessionStore } from './session-store';

export const useSession = createSessionStore(storage);

export { isSignedIn } from './session-store';
export type { SessionState, SessionStore } from './session-store';
