/** The error a walk rejects with (the test fails if the walk ends without one). */
export async function rejection(walk: AsyncIterable<unknown>): Promise<unknown> {
  try {
    for await (const _ of walk) void _;
  } catch (error) {
    return error;
  }
  throw new Error('expected the walk to reject');
}
