import { METHOD_NAMES, channelOf } from './methodList';

export { channelOf };

/** Every IPC channel the preload may invoke, and nothing else. */
export const channels: readonly string[] = METHOD_NAMES.map(channelOf);
