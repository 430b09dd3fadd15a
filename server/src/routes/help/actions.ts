import { forbidden } from '../../errors';
import type { HelpRow } from './repository';
import { type Actor, canTake, type HelpAction, REOPEN_DAYS, TRANSITIONS } from './rules';

const DAY_MS = 86_400_000;

/** Who may take an action: the member on their own case, a handler on their union's. */
export function assertActor(actor: Actor, label: string, who: { isOwner: boolean; isHandler: boolean }) {
  if (actor === 'member' && !who.isOwner) throw forbidden(`只有提交人本人可以${label}`);
  if (actor === 'handler' && !who.isHandler) throw forbidden(`只有本工会的工会干事或主席可以${label}`);
  if (actor === 'system') throw forbidden();
}

export const reopenDeadline = (resolvedAt: Date | null) =>
  resolvedAt ? new Date(resolvedAt.getTime() + REOPEN_DAYS * DAY_MS) : null;

/** Whether the member may rate: once, after resolution (also after the automatic close). */
export const canRate = (row: Pick<HelpRow, 'status' | 'rating'>) =>
  row.status === 'resolved' || (row.status === 'closed' && row.rating === null);
export const canReopen = (row: Pick<HelpRow, 'status' | 'resolvedAt'>, now: Date) =>
  canTake('reopen', row.status) && now < reopenDeadline(row.resolvedAt)!;

/** The actions the page may offer this caller now. */
export function availableActions(
  row: Pick<HelpRow, 'status' | 'rating' | 'resolvedAt'>,
  as: 'member' | 'handler',
  now: Date,
): HelpAction[] {
  return (Object.keys(TRANSITIONS) as HelpAction[]).filter((action) => {
    const rule = TRANSITIONS[action];
    if (rule.actor !== as || !canTake(action, row.status)) return false;
    if (action === 'rate') return canRate(row);
    if (action === 'reopen') return canReopen(row, now);
    return true;
  });
}
