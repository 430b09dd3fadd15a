// Beijing-time helpers moved to server/src/time/beijing.ts, shared by every domain; booking's own files keep this path.
export * from '../../time/beijing';
