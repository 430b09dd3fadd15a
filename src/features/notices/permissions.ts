import { can, type WithCapabilities } from '@/services/capabilities';

/** Who may publish notices for their own union, as the server's `noticePublisher` policy decides. */
export function canPublishNotices(member: WithCapabilities | null | undefined): boolean {
  return can(member, 'noticePublisher');
}
