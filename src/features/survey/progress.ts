import type { SyncStorage } from '@/services/storage';
import type { AnswerMap } from './types';

/**
 * Answers in progress stay on the phone until they are submitted: nothing half-answered reaches
 * the server. One entry per member and survey, so a shared phone does not mix two people's drafts.
 */
export function progressStore(storage: SyncStorage, memberId: number, surveyId: number) {
  const key = `survey-progress:${memberId}:${surveyId}`;
  return {
    load(): unknown {
      const raw = storage.getItem(key);
      if (!raw) return null;
      try {
        return (JSON.parse(raw) as { answers?: unknown }).answers ?? null;
      } catch {
        return null;
      }
    },
    save(answers: AnswerMap): void {
      storage.setItem(key, JSON.stringify({ answers }));
    },
    clear(): void {
      storage.removeItem(key);
    },
  };
}
