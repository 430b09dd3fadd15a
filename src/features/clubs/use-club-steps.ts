import { useAction } from '@/lib/use-action';

const step = (_name: string, work: () => Promise<unknown>, done: string) => work().then(() => done);

/**
 * The club pages' buttons on the shared useAction: one named step at a time (its button spins),
 * its own success words, then the page reloads; a refusal shows as a toast.
 */
export function useClubSteps(reload: () => Promise<unknown>) {
  const { run, isBusy } = useAction(step, { success: (done) => done, then: reload, toast: true });
  return { busy: isBusy, act: run };
}

/** What the club components take from useClubSteps. */
export interface ClubSteps {
  busy: (name: string) => boolean;
  act: (name: string, work: () => Promise<unknown>, done: string) => Promise<unknown>;
}
