import { ParleyError } from "../errors";

/** The error a promise rejects with, checked to be a ParleyError; throws when it resolves. */
export async function failure(p: Promise<unknown>): Promise<ParleyError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ParleyError) return e;
    throw e;
  }
  throw new Error("expected the promise to reject");
}
