import {
  createClient,
  createInvoker,
  workbenchContract,
  type Invoke,
  type WorkbenchApi,
  type WorkbenchHandlers,
} from '../shared/contract';
import { annotationHandlers } from './handlers/annotationHandlers';
import { entityHandlers } from './handlers/entityHandlers';
import { interchangeHandlers } from './handlers/interchangeHandlers';
import { projectHandlers } from './handlers/projectHandlers';
import { reviewHandlers } from './handlers/reviewHandlers';
import { schemaHandlers } from './handlers/schemaHandlers';
import { searchHandlers } from './handlers/searchHandlers';
import { stanceHandlers } from './handlers/stanceHandlers';
import { suggestHandlers } from './handlers/suggestHandlers';
import { syncHandlers } from './handlers/syncHandlers';
import { OpenProject, type OpenOptions } from './openProject';
import { toWorkbenchError } from './services/toWorkbenchError';
import { CredentialVault } from './settings/credentialVault';
import type { SecretBox } from './settings/secretBox';
import { UserSettingsFile, userFolder } from './settings/userSettings';
import type { ProjectFolder } from './store';

/** How a front end opens a project, and where per-user state lives (tests point it at a temporary folder). */
export interface WorkbenchOptions extends OpenOptions {
  readonly userFolder?: string;
  /** The OS keychain (Electron's safeStorage, from the desktop bootstrap); without it no password is kept. */
  readonly secrets?: SecretBox;
  /** Check every result against its schema and every error code against the table (on under tests). */
  readonly strict?: boolean;
}

/**
 * One project opened by one front end: the whole contract as a typed client (its methods are
 * the workbench's own), the invoker every transport hands calls to, and its lifecycle.
 */
export interface Workbench extends WorkbenchApi {
  /** Every method of the contract, in process: what the IPC and HTTP transports restrict and call. */
  readonly invoke: Invoke;
  readonly store: ProjectFolder;
  /** Why edits are refused (another program holds the project's lock), or null. */
  readonly readOnly: string | null;
  close(): Promise<void>;
}

/**
 * The one composition root: the desktop app, `loupe serve` and every `loupe` command open a
 * project here, with one lock policy and one set of services.
 */
export async function createWorkbench(
  projectDir: string,
  options: WorkbenchOptions = {},
): Promise<Workbench> {
  const settings = await UserSettingsFile.load(options.userFolder ?? userFolder());
  const vault = await CredentialVault.load(
    options.userFolder ?? userFolder(),
    options.secrets ?? null,
  );
  const project = await OpenProject.open(projectDir, settings, options);
  const handlers = {
    ...projectHandlers(project),
    ...annotationHandlers(project),
    ...stanceHandlers(project),
    ...entityHandlers(project),
    ...searchHandlers(project),
    ...schemaHandlers(project),
    ...reviewHandlers(project),
    ...interchangeHandlers(project),
    ...suggestHandlers(project),
    ...syncHandlers(project, vault),
  } satisfies WorkbenchHandlers;
  const invoke = createInvoker(workbenchContract, handlers, {
    toError: toWorkbenchError,
    policy: project.policy,
    strict: options.strict ?? process.env.NODE_ENV === 'test',
  });
  return {
    ...createClient(workbenchContract, invoke),
    invoke,
    get store() {
      return project.services.store;
    },
    get readOnly() {
      return project.readOnly;
    },
    close: () => project.close(),
  };
}
