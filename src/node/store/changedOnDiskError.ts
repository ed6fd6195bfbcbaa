import { StoreError } from './storeError';

/** A write refused because its file changed on disk after it was read (another writer, a sync, git); nothing was written. */
export class ChangedOnDiskError extends StoreError {
  constructor(file: string) {
    super(
      file,
      'changed on disk since it was read (another program or a sync); nothing was written, try again',
      'io',
    );
    this.name = 'ChangedOnDiskError';
  }
}
