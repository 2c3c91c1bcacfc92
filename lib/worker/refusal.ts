/** A request the worker refuses, with words for the user: expected, so never logged as a failure. */
export class Refusal extends Error {}
