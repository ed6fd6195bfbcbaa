import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKOUT } from './checkout';
import { runProcess } from './runProcess';

/** The virtual environment with spaCy and datasets, reused from one run to the next (gitignored). */
export const VENV_DIR = join(CHECKOUT, 'node_modules', '.cache', 'loupe-interop-venv');

/** Local package indexes only: the network may be closed, and pip would hang on PyPI. */
const PIP_SOURCES = [
  '--index-url',
  'file:///opt/pypi/simple',
  '--extra-index-url',
  'file:///opt/pypi-more/simple',
  '--find-links',
  '/opt/wheels',
];
const PACKAGES = ['spacy', 'datasets', 'lxml'];
const PROBE =
  'import spacy, datasets; from lxml import etree; print(f"spaCy {spacy.__version__}, datasets {datasets.__version__}, lxml {etree.__version__}")';

/** A Python that imports spaCy, datasets and lxml, and the environment to run it in. */
export interface PythonEnv {
  readonly python: string;
  readonly env: NodeJS.ProcessEnv;
  /** e.g. `spaCy 3.8.16, datasets 5.0.1, lxml 6.1.3` */
  readonly versions: string;
}

/** Either a ready Python or why there is none (its checks are then skipped). */
export type PythonSetup =
  { readonly ok: true; readonly env: PythonEnv } | { readonly ok: false; readonly reason: string };

/**
 * Creates (or reuses) the virtual environment and installs spaCy and datasets from the local
 * indexes; Hugging Face runs offline with its cache under `hfHome`.
 * @example await preparePython('/tmp/x/hf', log) → { ok: true, env: { versions: 'spaCy 3.8.16, datasets 5.0.1', … } }
 */
export async function preparePython(
  hfHome: string,
  log: (line: string) => void,
): Promise<PythonSetup> {
  const env = pythonRunEnv(hfHome);
  const python = join(VENV_DIR, process.platform === 'win32' ? 'Scripts/python.exe' : 'bin/python');
  const ready = existsSync(python) ? await probe(python, env) : undefined;
  if (ready) return { ok: true, env: { python, env, versions: ready } };
  log(`Installing ${PACKAGES.join(' and ')} into ${VENV_DIR} from the local package indexes…`);
  const venv = await runProcess('python3', ['-m', 'venv', VENV_DIR], { env, timeoutMs: 120_000 });
  if (venv.code !== 0)
    return { ok: false, reason: `python3 -m venv failed: ${lastLines(venv.stderr)}` };
  const pip = await runProcess(
    python,
    [
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      ...PIP_SOURCES,
      ...PACKAGES,
    ],
    { env, timeoutMs: 600_000 },
  );
  if (pip.code !== 0)
    return {
      ok: false,
      reason: `pip install ${PACKAGES.join(' ')} failed: ${lastLines(pip.stderr || pip.stdout)}`,
    };
  const installed = await probe(python, env);
  if (!installed) return { ok: false, reason: `spaCy/datasets do not import in ${VENV_DIR}` };
  return { ok: true, env: { python, env, versions: installed } };
}

async function probe(python: string, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  const run = await runProcess(python, ['-c', PROBE], { env, timeoutMs: 120_000 });
  return run.code === 0 ? run.stdout.trim() : undefined;
}

function pythonRunEnv(hfHome: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HF_HOME: hfHome,
    HF_DATASETS_OFFLINE: '1',
    HF_HUB_OFFLINE: '1',
    HF_HUB_DISABLE_TELEMETRY: '1',
    HF_DATASETS_DISABLE_PROGRESS_BARS: '1',
    TQDM_DISABLE: '1',
    PYTHONUTF8: '1',
    PYTHONIOENCODING: 'utf-8',
    PIP_NO_INPUT: '1',
  };
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' / ');
}
