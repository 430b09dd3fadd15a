import type { AdminRole } from './types'

export const ROLE_LABELS: Record<AdminRole, string> = {
  staff: '工会干事',
  chair: '工会主席',
  counsellor: '心理咨询师',
  supervisor: '上级工会',
}
