/** Why web/dist needs building (missing, or older than a source), or null when it is up to date. */
export function staleReason(): string | null;
/** Runs `vite build`; throws when it fails. */
export function buildWeb(): void;
