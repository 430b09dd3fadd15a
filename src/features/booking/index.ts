// The booking feature's surface for the pages of packages/booking. Nothing here is imported by
// the main package: 首页 only needs ROUTES.booking for its entry.
export * from './api';
export { downloadBookingFile, openDocument, saveImage, saveInBrowser } from './download';
export { isBookingStaff } from './permissions';
export { readScene } from './scene';
export { buildDateStrip, dateTitle, releaseHint, slotRefusal } from './slot-labels';
export { monthOf, monthTitle, shiftMonth } from './usage-figures';
export { seriesTimeText, seriesWhenText, weekdaysText } from './series-plan';
export { hoursSummary, type RoomFormValue } from './room-form';
export type * from './types';
