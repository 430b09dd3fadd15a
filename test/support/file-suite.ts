/**
 * The frame of a test file: `open` runs in beforeAll and `close` in afterAll. The answer has one
 * stand-in for each part of what `open` returns, usable at the top of the file as if it were the
 * part itself (`const { t, w } = fileSuite(...)`, then `t.app.inject(...)` inside tests): each
 * stand-in forwards to the part once beforeAll has set it. This lets a long test file be split into
 * several without repeating its setup, while the tests' bodies stay word for word as they were.
 * Only parts that are plain objects have stand-ins (not functions, arrays, numbers or strings: a
 * number set in beforeAll stays a `let` in the test file).
 */
/** Opening a world signs in a dozen people on a fresh database: on a busy two-core machine that can pass a minute. */
const OPEN_TIMEOUT_MS = 180_000;

export function fileSuite<W extends object>(
  open: () => Promise<W>,
  close: (world: W) => Promise<void>,
): ObjectParts<W> {
  let world: W | undefined;
  let opening: Promise<W> | undefined;
  beforeAll(async () => {
    opening = open();
    world = await opening;
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    // Also when beforeAll timed out: the world it was still opening is closed once it opens.
    const opened = await opening?.catch(() => undefined);
    if (opened) await close(opened);
  });
  const part = (key: string | symbol): object => {
    if (!world) throw new Error(`${String(key)} is read before beforeAll has opened the test file's world`);
    return world[key as keyof W] as object;
  };
  return new Proxy({} as ObjectParts<W>, {
    get: (_, key) =>
      new Proxy(
        {},
        {
          get: (__, property) => {
            // A method is bound to the part itself: a class's #private fields are not reachable through a Proxy.
            const value = Reflect.get(part(key), property);
            return typeof value === 'function' ? value.bind(part(key)) : value;
          },
          has: (__, property) => Reflect.has(part(key), property),
          ownKeys: () => Reflect.ownKeys(part(key)),
          getOwnPropertyDescriptor: (__, property) => Reflect.getOwnPropertyDescriptor(part(key), property),
        },
      ),
  });
}

type ObjectParts<W> = { [K in keyof W as W[K] extends object ? K : never]: W[K] };
