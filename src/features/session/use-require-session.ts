import { useEffect } from 'react';
import { goToLogin } from './sign-in';
import { isSignedIn, useSession } from './store';
import type { Me } from './types';

/**
 * Every page behind sign-in calls this first. It answers the member, or null
 * while it sends the visitor to the sign-in page (a fresh install, an expired
 * session, or an H5 link opened straight onto a hash route).
 */
export function useRequireSession(): Me | null {
  const member = useSession((s) => (isSignedIn(s) ? s.member : null));
  useEffect(() => {
    if (!member) goToLogin();
  }, [member]);
  return member;
}
