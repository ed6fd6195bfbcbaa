import { createContext } from 'react';

/**
 * The window's latest message (a result or a failure, as its toast shows it), for a modal
 * dialog to say: a modal dialog hides the rest of the window, the toast too, from screen
 * readers. A new object for each message, so the same words said twice are two messages.
 */
export const WindowNews = createContext<{ readonly message: string | null } | null>(null);
