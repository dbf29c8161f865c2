/**
 * A story refused for what it is (empty, not text, too large, too slow): its message says why,
 * in words the user reads. The host answers it as `invalid-params`, the CLI prints it.
 */
export class IngestError extends Error {}
