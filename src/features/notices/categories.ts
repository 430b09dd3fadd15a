import type { NoticeCategory } from './types';

// 工会动态 (news, the pinned ones also on 首页) and the four "亮牌子" boards of a union's
// open-affairs wall: 亮制度 / 亮项目 / 亮程序 / 亮身份.
export const BOARD_TABS = [
  { key: 'news', label: '工会动态' },
  { key: 'rules', label: '亮制度' },
  { key: 'services', label: '亮项目' },
  { key: 'procedures', label: '亮程序' },
  { key: 'officers', label: '亮身份' },
] as const satisfies readonly { key: NoticeCategory; label: string }[];

export type BoardCategory = (typeof BOARD_TABS)[number]['key'];

export const CATEGORY_LABELS: Record<NoticeCategory, string> = {
  news: '工会动态',
  rules: '亮制度',
  services: '亮项目',
  procedures: '亮程序',
  officers: '亮身份',
};

/** The order staff pick from when publishing. */
export const PUBLISH_CATEGORIES: NoticeCategory[] = ['news', 'rules', 'services', 'procedures', 'officers'];

export function isBoardCategory(value: unknown): value is BoardCategory {
  return BOARD_TABS.some((t) => t.key === value);
}

export const TITLE_MAX = 60;
export const BODY_MAX = 5000;
