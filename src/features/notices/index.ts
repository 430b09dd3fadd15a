// Only what the main package (首页) needs. The article and the publish form are
// imported by path from the notices subpackage so they stay out of the main package.
export { getNotice, listNotices, publishNotice } from './api';
export { BOARD_TABS, CATEGORY_LABELS, isBoardCategory } from './categories';
export type { BoardCategory } from './categories';
export { canPublishNotices } from './permissions';
export { NoticeCells, openNotice } from './components/notice-cells';
export type { Notice, NoticeCategory, NoticeSummary } from './types';
