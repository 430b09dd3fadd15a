import { ROUTES } from '../../lib/routes'

export interface ServiceEntry {
  key: string
  label: string
  /** One character on the round badge. */
  glyph: string
  color: string
  /** The feature's first page; entries without one answer "即将开放". */
  path?: string
}

// Shipping a feature = give its entry a path (and add its subpackage in app.config.ts).
export const SERVICE_ENTRIES: ServiceEntry[] = [
  { key: 'booking', label: '活动预约', glyph: '约', color: '#07c160', path: ROUTES.booking },
  { key: 'counselling', label: '心理咨询', glyph: '心', color: '#6467f0', path: ROUTES.counselling },
  { key: 'help', label: '困难帮扶', glyph: '助', color: '#fa9d3b', path: ROUTES.help },
  { key: 'clubs', label: '兴趣社团', glyph: '社', color: '#10aeff', path: ROUTES.clubs },
  { key: 'survey', label: '会员评议', glyph: '评', color: '#ec6d8f', path: ROUTES.survey },
  { key: 'reception', label: '主席接待日', glyph: '接', color: '#1485ee', path: ROUTES.reception },
  { key: 'notices', label: '工会公开', glyph: '公', color: '#e64340', path: ROUTES.notices },
  { key: 'congress', label: '教代会与校务公开', glyph: '代', color: '#a0522d', path: ROUTES.congress },
]
