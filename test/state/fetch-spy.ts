/** A fetch that records whether it was called (answering an empty body), for tests that a load refuses before any request. */
export function fetchSpy(): { fetch: typeof fetch; readonly called: boolean } {
  let called = false;
  const spy = (async () => {
    called = true;
    return new Response('');
  }) as unknown as typeof fetch;
  return {
    fetch: spy,
    get called() {
      return called;
    },
  };
}
