// The session feature's public surface for pages and app.tsx.
export * as sessionApi from './api';
export { useSession, isSignedIn } from './store';
export { useRequireSession } from './use-require-session';
export { completeSignIn, goToLogin, leaveSession, signInWithWechat } from './sign-in';
export { memberRoleLabels, ROLE_LABELS } from './roles';
export { BindForm } from './components/bind-form';
export { DevAccountList } from './components/dev-account-list';
export { ProfileCard } from './components/profile-card';
export type { AuthConfig, DevAccount, Me, Role, Session } from './types';
