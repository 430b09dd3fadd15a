export interface Message {
  id: number
  /** What the message is about (booking, help, notice …); free-form for now. */
  kind: string
  title: string
  body: string
  /** A mini-program page path such as /packages/notices/pages/detail/index?id=3. */
  link: string | null
  readAt: string | null
  createdAt: string
}

export interface MessagePage {
  items: Message[]
  unreadCount: number
  hasMore: boolean
}
