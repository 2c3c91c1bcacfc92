/**
 * Which browser this build is for. A module of its own so tests can swap it
 * (`vi.mock('@/lib/worker/platform', …)`): the build bakes `import.meta.env.FIREFOX` in.
 */
export const isFirefox: boolean = import.meta.env.FIREFOX;
