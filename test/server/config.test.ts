import { loadConfig } from '../../server/src/config';

describe('DATABASE_POOL_SIZE', () => {
  it('defaults to 10 connections per instance and takes a whole number', () => {
    expect(loadConfig({}).databasePoolSize).toBe(10);
    expect(loadConfig({ DATABASE_POOL_SIZE: '4' }).databasePoolSize).toBe(4);
  });

  it.each(['0', '2.5', 'many', '500'])('refuses to start with %s', (value) => {
    expect(() => loadConfig({ DATABASE_POOL_SIZE: value })).toThrow(
      `DATABASE_POOL_SIZE must be a whole number from 1 to 200, not "${value}"`,
    );
  });
});
