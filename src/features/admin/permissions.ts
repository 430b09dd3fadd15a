import { can, type WithCapabilities } from '@/services/capabilities';

/** Staff, the chair, counsellors and supervisors have a 工作台: the server's `workbench` policy decides. */
export function hasWorkbench(member: WithCapabilities | null | undefined): boolean {
  return can(member, 'workbench');
}
