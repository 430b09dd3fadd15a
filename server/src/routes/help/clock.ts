// The help rules read the server's one clock (server/src/clock.ts); help's own files keep these names.
export { now as helpNow, setClock as setHelpClock } from '../../clock';
