import { useEffect, useState, type FormEvent } from 'react';
import { useModel, userMessage, useStore } from '../../../model';

/** The user name and token for an HTTP(S) remote, kept encrypted by the OS keychain (the desktop app). */
export function RemoteCredentials() {
  const model = useModel();
  const { credentials } = useStore(model.sync);
  const [username, setUsername] = useState('');
  const [token, setToken] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    model.sync.loadCredentials().catch(model.notifications.report);
  }, [model]);
  if (!credentials?.http) return null;
  const save = (event: FormEvent): void => {
    event.preventDefault();
    setProblem(null);
    model.sync.saveCredentials(username, token).then(
      () => setToken(''),
      (error: unknown) => setProblem(userMessage(error)),
    );
  };
  return (
    <section className="lp-sync__credentials" aria-label="Credentials">
      <h3>Credentials</h3>
      <p className="lp-muted">
        {credentials.stored
          ? `A token${credentials.username ? ` for ${credentials.username}` : ''} is kept for this remote, encrypted by your system’s keychain.`
          : 'The remote asks who you are. Loupe keeps the token encrypted by your system’s keychain, never in the project.'}
      </p>
      {credentials.unavailable && <p className="lp-muted">Here: {credentials.unavailable}.</p>}
      <form className="lp-sync__credential-form" onSubmit={save}>
        <label className="lp-field">
          User name
          <input
            className="lp-input"
            autoComplete="username"
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="lp-field">
          Token or password
          <input
            className="lp-input"
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        </label>
        <button type="submit" className="lp-button" disabled={token.length === 0}>
          Keep in keychain
        </button>
        {credentials.stored && (
          <button
            type="button"
            className="lp-button lp-button--danger"
            onClick={() => void model.sync.forgetCredentials().catch(model.notifications.report)}
          >
            Forget
          </button>
        )}
      </form>
      {problem && (
        <p className="lp-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
