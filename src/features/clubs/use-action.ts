import { useState } from 'react';
import { showError, showSuccess } from '../../components';

/** One tap at a time: `busy` names the running action (for its button's loading state); reload after success. */
export function useAction(reload: () => Promise<unknown>) {
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (key: string, work: () => Promise<unknown>, done: string) => {
    setBusy(key);
    try {
      await work();
      showSuccess(done);
      await reload();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  return { busy, act };
}
