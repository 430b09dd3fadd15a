import { ROUTES } from '@/lib/routes';
import { cssColor } from '@/lib/colors';

export interface ServiceEntry {
  key: string;
  label: string;
  /** One character on the round badge. */
  glyph: string;
  color: string;
  /** The feature's first page; entries without one answer "即将开放". */
  path?: string;
}

// Shipping a feature = give its entry a path (and add its subpackage in app.config.ts).
export const SERVICE_ENTRIES: ServiceEntry[] = [
  { key: 'booking', label: '活动预约', glyph: '约', color: cssColor('tile-green'), path: ROUTES.booking },
  { key: 'counselling', label: '心理咨询', glyph: '心', color: cssColor('tile-violet'), path: ROUTES.counselling },
  { key: 'help', label: '困难帮扶', glyph: '助', color: cssColor('tile-orange'), path: ROUTES.help },
  { key: 'clubs', label: '兴趣社团', glyph: '社', color: cssColor('tile-sky'), path: ROUTES.clubs },
  { key: 'survey', label: '会员评议', glyph: '评', color: cssColor('tile-rose'), path: ROUTES.survey },
  { key: 'reception', label: '主席接待日', glyph: '接', color: cssColor('tile-blue'), path: ROUTES.reception },
  { key: 'notices', label: '工会公开', glyph: '公', color: cssColor('tile-red'), path: ROUTES.notices },
  { key: 'congress', label: '民主管理', glyph: '代', color: cssColor('tile-brown'), path: ROUTES.congress },
];
