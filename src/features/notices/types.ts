export type NoticeCategory = 'news' | 'rules' | 'services' | 'procedures' | 'officers'

export interface NoticeSummary {
  id: number
  category: NoticeCategory
  title: string
  pinned: boolean
  publishedAt: string
}

export interface Notice extends NoticeSummary {
  body: string
  authorName: string
}

export interface NoticePage {
  items: NoticeSummary[]
  total: number
}

export interface NoticeQuery {
  category?: NoticeCategory
  pinned?: boolean
  limit?: number
  offset?: number
}

export interface NewNotice {
  category: NoticeCategory
  title: string
  body: string
  pinned: boolean
}
