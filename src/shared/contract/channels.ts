/** The one IPC channel the preload invokes: `(method, payload)` in, an envelope out. */
export const INVOKE_CHANNEL = 'workbench:invoke';
