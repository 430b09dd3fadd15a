/**
 * The frame of a test file: `open` runs in beforeAll and `close` in afterAll. The answer has one
 * stand-in for each part of what `open` returns, usable at the top of the file as if it were the
 * part itself (`const { t, w } = fileSuite(...)`, then `t.app.inject(...)` inside tests): each
 * stand-in forwards to the part once beforeAll has set it. This lets a long test file be split into
 * several without repeating its setup, while the tests' bodies stay word for word as they were.
 * Only parts that are objects have stand-ins; a number or string set in beforeAll stays a `let` in
 * the test file.
 */
export function fileSuite<W extends object>(
  open: () => Promise<W>,
  close: (world: W) => Promise<void>,
): ObjectParts<W> {
  let world: W | undefined;
  beforeAll(async () => {
    world = await open();
  });
  afterAll(async () => {
    if (world) await close(world);
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
          get: (__, property) => Reflect.get(part(key), property),
          has: (__, property) => Reflect.has(part(key), property),
          ownKeys: () => Reflect.ownKeys(part(key)),
          getOwnPropertyDescriptor: (__, property) => Reflect.getOwnPropertyDescriptor(part(key), property),
        },
      ),
  });
}

type ObjectParts<W> = { [K in keyof W as W[K] extends object ? K : never]: W[K] };
