export { SERVICE_ENTRIES } from './entries';
export type { ServiceEntry } from './entries';
export { HomeHeader } from './components/home-header';
export { ServiceGrid } from './components/service-grid';
