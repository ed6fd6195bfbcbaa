/** A document to add: its id (a validated Loupe id), its name and its exact bytes. */
export interface NewDocument {
  readonly id: string;
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly source?: string;
  /** Its folder in the collection it was imported from (see `isDocumentFolder`). */
  readonly folder?: string;
}
