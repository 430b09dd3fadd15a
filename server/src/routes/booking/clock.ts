// The booking rules read the server's one clock (server/src/clock.ts); booking's own files keep this path.
export { type Clock, now, setClock } from '../../clock';
