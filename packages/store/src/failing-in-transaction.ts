import type { Store } from "./store";

/**
 * `store`, except that inside its transactions `method` rejects with `error()`: a fault injected
 * after the writes that come before it, to show that a transaction leaves nothing behind.
 * Test support only.
 */
export function failingInTransaction(store: Store, method: keyof Store, error: () => Error): Store {
  const bound = <T extends object>(target: T, key: string | symbol) => {
    const v = Reflect.get(target, key, target);
    return typeof v === "function" ? v.bind(target) : v;
  };
  return new Proxy(store, {
    get(target, key) {
      if (key !== "transaction") return bound(target, key);
      return (work: (tx: Store) => Promise<unknown>) =>
        target.transaction((tx) =>
          work(
            new Proxy(tx, {
              get: (t, k) => (k === method ? () => Promise.reject(error()) : bound(t, k)),
            }),
          ),
        );
    },
  });
}
