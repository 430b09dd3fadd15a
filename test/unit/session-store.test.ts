import type { StateStorage } from 'zustand/middleware';
import { createSessionStore, isSignedIn, SESSION_STORAGE_KEY } from '../../src/features/session/session-store';
import type { Session } from '../../src/features/session/types';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const storage: StateStorage = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
  return { storage, data };
}

const session: Session = {
  token: 'abc',
  expiresAt: '2099-01-01T00:00:00Z',
  member: {
    id: 7,
    name: '王建国',
    staffNo: 'T1001',
    union: { id: 2, name: '第一实验中学工会', kind: 'school' },
    branch: null,
    roles: [{ role: 'staff', unionId: 2, unionName: '第一实验中学工会' }],
    capabilities: {
      member: true,
      officer: true,
      schoolOfficer: true,
      upperUnion: false,
      careSummaryReader: true,
      rosterManager: true,
      counsellor: false,
      workbench: true,
      auditReader: false,
      noticePublisher: true,
      supervisor: false,
    },
  },
};

describe('session store', () => {
  it('starts signed out', () => {
    const store = createSessionStore(memoryStorage().storage);
    expect(store.getState()).toMatchObject({ token: null, member: null });
    expect(isSignedIn(store.getState())).toBe(false);
  });

  it('keeps the session after signIn and persists it', () => {
    const { storage, data } = memoryStorage();
    const store = createSessionStore(storage);
    store.getState().signIn(session);
    expect(store.getState()).toMatchObject({ token: 'abc', member: { name: '王建国' } });
    expect(isSignedIn(store.getState())).toBe(true);
    const saved = JSON.parse(data.get(SESSION_STORAGE_KEY) ?? '{}');
    expect(saved.state).toEqual({ token: 'abc', expiresAt: session.expiresAt, member: session.member });
  });

  it('restores a saved session synchronously when the store is created', () => {
    const { storage } = memoryStorage();
    createSessionStore(storage).getState().signIn(session);
    const reopened = createSessionStore(storage);
    expect(reopened.getState().token).toBe('abc');
    expect(reopened.getState().member?.staffNo).toBe('T1001');
  });

  it('forgets everything on signOut, in storage too', () => {
    const { storage } = memoryStorage();
    const store = createSessionStore(storage);
    store.getState().signIn(session);
    store.getState().signOut();
    expect(store.getState()).toMatchObject({ token: null, expiresAt: null, member: null });
    expect(createSessionStore(storage).getState().token).toBeNull();
  });

  it('reset clears the session like signOut', () => {
    const store = createSessionStore(memoryStorage().storage);
    store.getState().signIn(session);
    store.getState().reset();
    expect(store.getState().token).toBeNull();
  });

  it('updates the member without touching the token', () => {
    const store = createSessionStore(memoryStorage().storage);
    store.getState().signIn(session);
    store.getState().setMember({ ...session.member, name: '王建华' });
    expect(store.getState()).toMatchObject({ token: 'abc', member: { name: '王建华' } });
  });

  it('treats an expired session as signed out', () => {
    const state = { token: 'abc', member: session.member, expiresAt: '2020-01-01T00:00:00Z' };
    expect(isSignedIn(state)).toBe(false);
    expect(isSignedIn({ ...state, expiresAt: '2030-01-01T00:00:00Z' }, Date.parse('2029-01-01T00:00:00Z'))).toBe(true);
  });

  it('survives unreadable storage', () => {
    const { storage } = memoryStorage({ [SESSION_STORAGE_KEY]: 'not json' });
    const store = createSessionStore(storage);
    expect(store.getState().token).toBeNull();
  });
});
