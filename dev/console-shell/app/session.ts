/** What /shell/session answers: who is signed in, who could be, which plugins to load. */
export interface Identity {
  name: string;
  description: string;
}
export interface Session {
  identity: Identity | null;
  identities: Identity[];
  plugins: string[];
  mlflowConfigured: boolean;
}

export const switchIdentity = async (name: string): Promise<void> => {
  const csrf = document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith('csrf-token='))
    ?.slice('csrf-token='.length);
  const response = await fetch('/shell/identity', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', 'X-CSRFToken': csrf ?? '' },
    body: JSON.stringify({ identity: name }),
  });
  if (!response.ok) throw new Error(`switching identity failed: ${String(response.status)}`);
  // Every watch, cached access review and flag belongs to the previous identity: start over.
  window.location.reload();
};
