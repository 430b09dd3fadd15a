export * from './api';
export * from './labels';
export * from './event-form';
export * from './files';
export * from './scene';
export type * from './types';
export { useClubSteps, type ClubSteps } from './use-club-steps';
