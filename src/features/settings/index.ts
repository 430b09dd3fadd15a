export { useSettings, fontScaleOf, LARGE_TEXT_SCALE } from './store'
