export { useSettings, fontScaleOf, LARGE_TEXT_SCALE } from './store';
export { LargeTextOffer } from './components/large-text-offer';
